/**
 * Turns what an editor writes (a full name, a shorter name, or a code) into one Region,
 * or says why it cannot: unknown (with suggestions) or ambiguous (with every candidate).
 */
import { getDivision, type Region } from './division';

export type RegionResolution =
  | { readonly ok: true; readonly region: Region }
  | { readonly ok: false; readonly reason: 'unknown' | 'ambiguous'; readonly candidates: readonly Region[] };

const maxSuggestions = 6;

export function resolveRegion(input: string): RegionResolution {
  const text = input.trim();
  if (/^\d+$/u.test(text)) return resolveCode(text);
  const matches = nameIndex().get(text) ?? [];
  // A full name is never ambiguous: prefer the region whose own full name it is.
  const exact = matches.filter((region) => region.fullName === text);
  if (exact.length === 1) return { ok: true, region: exact[0]! };
  if (matches.length === 1) return { ok: true, region: matches[0]! };
  if (matches.length > 1) return { ok: false, reason: 'ambiguous', candidates: matches };
  return { ok: false, reason: 'unknown', candidates: suggest(text) };
}

/**
 * Codes are 2, 4 or 6 digits; the common 6-digit padded forms (350000, 350500) are accepted
 * too. A placeholder city's code (110100, 北京市市辖区) means its province.
 */
function resolveCode(code: string): RegionResolution {
  const { byCode } = getDivision();
  const trimmed = code.length === 6 ? code.replace(/(00)+$/u, '') : code;
  const region = byCode.get(trimmed) ?? placeholderOwner(trimmed);
  if (region) return { ok: true, region };
  const prefix = trimmed.slice(0, 4);
  const near = [...byCode.values()].filter((r) => r.code.startsWith(prefix) && r.code !== prefix);
  return { ok: false, reason: 'unknown', candidates: near.slice(0, maxSuggestions) };
}

function placeholderOwner(code: string): Region | undefined {
  const { byCode, placeholderCities } = getDivision();
  const province = placeholderCities.get(code);
  return province ? byCode.get(province) : undefined;
}

let index: Map<string, Region[]> | undefined;

/**
 * Every way of naming a region by some of its ancestors followed by its own name:
 * 鲤城区, 泉州市鲤城区, 福建省鲤城区, 福建省泉州市鲤城区.
 */
function nameIndex(): Map<string, Region[]> {
  if (index) return index;
  const { byCode, all } = getDivision();
  const built = new Map<string, Region[]>();
  const addForm = (form: string, region: Region) => {
    const list = built.get(form) ?? [];
    if (!list.includes(region)) list.push(region);
    built.set(form, list);
  };
  for (const region of all) {
    const ancestors = region.chain.slice(0, -1).map((code) => byCode.get(code)!.name);
    for (const subset of subsetsOf(ancestors)) addForm(subset.join('') + region.name, region);
  }
  index = built;
  return built;
}

function subsetsOf(items: readonly string[]): string[][] {
  return items.reduce<string[][]>((subsets, item) => [...subsets, ...subsets.map((s) => [...s, item])], [[]]);
}

/** Regions an editor probably meant: names the input ends with, or names that start with it. */
function suggest(text: string): Region[] {
  const { all } = getDivision();
  // The longest name the input ends with is the likeliest (鲤城区, not 城区).
  const endings = all.filter((r) => r.name.length > 1 && text.endsWith(r.name));
  const longest = Math.max(0, ...endings.map((r) => r.name.length));
  const endsWithName = endings.filter((r) => r.name.length === longest);
  const startsWithText = all.filter((r) => r.name.startsWith(text) || r.fullName.startsWith(text));
  const unique = [...new Set([...endsWithName, ...startsWithText])];
  return unique.slice(0, maxSuggestions);
}
