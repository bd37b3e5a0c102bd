/**
 * Searchable words for the places a story reports on. A reader types 泉州 or 河北, not 泉州市
 * or 河北省, and expects the stories about every place inside it; the browser's word splitter
 * may also cut an unknown name (隆尧 → 隆|尧). So each article carries, for every place in the
 * chains of its regions, the official name, the name without its administrative suffix, and
 * that short name's characters one by one.
 */
import type { Region } from '../regions';

/** Longest first, so 自治县 is removed whole rather than as 县. */
const suffixes = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '地区', '省', '市', '县', '区', '盟', '旗'];

/** 福建省 → 福建, 鲤城区 → 鲤城, 黔东南苗族侗族自治州 → 黔东南苗族侗族; names of two characters stay whole (城区). */
export function shortPlaceName(name: string): string {
  const suffix = suffixes.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/** Every region in the chains of the given ones, province first, each once. */
export function regionsWithAncestors(regions: readonly Region[], byCode: (code: string) => Region | undefined): Region[] {
  const codes = [...new Set(regions.flatMap((region) => region.chain))];
  return codes.map(byCode).filter((region): region is Region => region !== undefined);
}

export function placeSearchTerms(regions: readonly Region[]): string[] {
  const terms = regions.flatMap((region) => {
    const short = shortPlaceName(region.name);
    return [region.name, short, [...short].join(' ')];
  });
  return [...new Set(terms)];
}
