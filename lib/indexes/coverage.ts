/**
 * Which articles report on which places. A story about 鲤城区 is also a story about 泉州市 and
 * 福建省, so each article counts for every region in the chains of the places it names.
 */
import type { Article } from '../records/article';
import { getDivision, type Region, type RegionCode } from '../records/regions/division';

export interface RegionNode {
  readonly region: Region;
  /** Articles about this place or any place inside it. */
  readonly count: number;
  readonly children: readonly RegionNode[];
}

export interface RegionCoverage {
  /** Articles about the region or a place inside it, in archive order (newest first). */
  articlesIn(code: string): readonly Article[];
  /** Provinces → cities → counties that have articles, in code order. */
  readonly tree: readonly RegionNode[];
  /** Every region that has at least one article. */
  readonly regions: readonly Region[];
  /** The tree node of a region, with the places inside it that have stories. */
  nodeOf(code: string): RegionNode | undefined;
}

const cache = new WeakMap<readonly Article[], RegionCoverage>();

export function regionCoverage(articles: readonly Article[]): RegionCoverage {
  let coverage = cache.get(articles);
  if (!coverage) {
    coverage = buildCoverage(articles);
    cache.set(articles, coverage);
  }
  return coverage;
}

function buildCoverage(articles: readonly Article[]): RegionCoverage {
  const byRegion = new Map<string, Article[]>();
  for (const article of articles) {
    const codes = new Set(article.regions.flatMap((region) => region.chain));
    for (const code of codes) {
      const list = byRegion.get(code) ?? [];
      list.push(article);
      byRegion.set(code, list);
    }
  }
  const { byCode } = getDivision();
  const regions = [...byRegion.keys()].map((code) => byCode.get(code)!).sort((a, b) => a.code.localeCompare(b.code));
  const childrenOf = new Map<RegionCode | null, Region[]>();
  for (const region of regions) {
    const siblings = childrenOf.get(region.parentCode) ?? [];
    siblings.push(region);
    childrenOf.set(region.parentCode, siblings);
  }
  const nodes = new Map<string, RegionNode>();
  const node = (region: Region): RegionNode => {
    const built = { region, count: byRegion.get(region.code)!.length, children: (childrenOf.get(region.code) ?? []).map(node) };
    nodes.set(region.code, built);
    return built;
  };
  const tree = (childrenOf.get(null) ?? []).map(node);
  return {
    articlesIn: (code) => byRegion.get(code) ?? [],
    tree,
    regions,
    nodeOf: (code) => nodes.get(code),
  };
}
