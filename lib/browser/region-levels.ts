/** The region picker's levels: province → city → county, each narrowing the next. */
import type { RegionOption } from '../indexes/region-options';

/** The codes from the province down to the region, or just the code when it is not listed. */
export function optionChain(code: string, regions: readonly RegionOption[]): string[] {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const chain: string[] = [];
  for (let region = byCode.get(code); region; region = region.parent ? byCode.get(region.parent) : undefined) chain.unshift(region.code);
  return chain.length > 0 ? chain : [code];
}

/** The options of each of the three selects for a chosen chain. */
export function regionLevels(regions: readonly RegionOption[], chain: readonly string[]): RegionOption[][] {
  return [null, chain[0], chain[1]].map((parent) => (parent === undefined ? [] : regions.filter((region) => region.parent === parent)));
}
