/** The public API for places: records, resolution, and the tree readers browse. */
export { getDivision, type Region, type RegionCode, type RegionLevel } from './division';
export { resolveRegion, type RegionResolution } from './resolve';
import { getDivision, type Region } from './division';

export function getRegion(code: string): Region | undefined {
  return getDivision().byCode.get(code);
}

/** The province → city → county chain of a region, itself last. */
export function regionChain(region: Region): Region[] {
  return region.chain.map((code) => getDivision().byCode.get(code)!);
}

/** Whether `inner` lies within `outer` (or is it). */
export function isWithin(inner: Region, outer: Region): boolean {
  return inner.chain.includes(outer.code);
}


/**
 * The names an article's region line prints (地区：福建省泉州市 · 鲤城区 · 南安市): a place's
 * full name, or its own name when it lies inside a place named before it.
 */
export function printedRegionNames(regions: readonly Region[]): string[] {
  return regions.map((region, index) => (regions.slice(0, index).some((earlier) => region.chain.includes(earlier.code)) ? region.name : region.fullName));
}
