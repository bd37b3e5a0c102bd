/**
 * /search/regions.json: every place with stories, for the region pickers (the search page's
 * province → city → county picker and the home page's province list). Written once by its route.
 */
import type { Article } from '../records/article';
import { regionCoverage } from '../indexes/coverage';

export interface RegionOption {
  readonly code: string;
  readonly name: string;
  /** Null for a province. */
  readonly parent: string | null;
  /** Stories about the place or any place inside it. */
  readonly count: number;
}

export function regionOptionsOf(articles: readonly Article[]): RegionOption[] {
  const coverage = regionCoverage(articles);
  return coverage.regions.map((region) => ({
    code: region.code,
    name: region.name,
    parent: region.parentCode,
    count: coverage.articlesIn(region.code).length,
  }));
}
