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

