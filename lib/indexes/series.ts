/**
 * Running series (e.g. 深度关注 · 提振党员干部干事创业精气神 ①②③…): their parts in order, and
 * which part numbers the archive does not hold.
 */
import type { Article } from '../records/article';
import { seriesSlug } from '../records/series-slug';

export interface SeriesPart {
  readonly part: number;
  /** Undefined for a part the archive does not hold. */
  readonly article?: Article;
}

export interface SeriesSummary {
  readonly name: string;
  readonly slug: string;
  /** Parts 1 … the highest held, with the gaps shown as such. */
  readonly parts: readonly SeriesPart[];
  /** Articles of the series printed without a part number, newest first. */
  readonly unnumbered: readonly Article[];
}


const cache = new WeakMap<readonly Article[], ReadonlyMap<string, SeriesSummary>>();

/** Every series in the archive by slug. */
export function seriesIndex(articles: readonly Article[]): ReadonlyMap<string, SeriesSummary> {
  let index = cache.get(articles);
  if (!index) {
    index = buildIndex(articles);
    cache.set(articles, index);
  }
  return index;
}

function buildIndex(articles: readonly Article[]): Map<string, SeriesSummary> {
  const byName = new Map<string, Article[]>();
  for (const article of articles) {
    if (!article.series) continue;
    const members = byName.get(article.series.name) ?? [];
    members.push(article);
    byName.set(article.series.name, members);
  }
  const index = new Map<string, SeriesSummary>();
  for (const [name, members] of byName) {
    const numbered = new Map<number, Article>();
    // The archive is newest first; for a part held twice, keep the earliest printing.
    for (const article of [...members].reverse()) {
      const part = article.series?.part;
      if (part !== undefined && !numbered.has(part)) numbered.set(part, article);
    }
    const highest = Math.max(0, ...numbered.keys());
    const parts = Array.from({ length: highest }, (_, i) => {
      const article = numbered.get(i + 1);
      return article ? { part: i + 1, article } : { part: i + 1 };
    });
    index.set(seriesSlug(name), { name, slug: seriesSlug(name), parts, unnumbered: members.filter((a) => a.series?.part === undefined) });
  }
  return index;
}
