/**
 * The archive's look-up maps, built once per list of articles and shared by every index and the
 * API (a WeakMap on the list, so a new archive gets new maps and the old ones can go).
 */
import type { Article } from '../records/article';

export interface ArchiveMaps {
  readonly bySlug: ReadonlyMap<string, Article>;
  /** Keyed by column slug; '' holds the articles printed without a column. Each list in archive order. */
  readonly byColumn: ReadonlyMap<string, readonly Article[]>;
  readonly bySeries: ReadonlyMap<string, readonly Article[]>;
  readonly byTag: ReadonlyMap<string, readonly Article[]>;
  /** Each article's place in the archive order, for O(1) comparisons. */
  readonly position: ReadonlyMap<Article, number>;
}

const cache = new WeakMap<readonly Article[], ArchiveMaps>();

function groupBy(articles: readonly Article[], keys: (article: Article) => readonly string[]): Map<string, Article[]> {
  const map = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const list = map.get(key);
      if (list) list.push(article);
      else map.set(key, [article]);
    }
  }
  return map;
}

export function archiveMaps(articles: readonly Article[]): ArchiveMaps {
  let maps = cache.get(articles);
  if (!maps) {
    maps = {
      bySlug: new Map(articles.map((article) => [article.slug, article])),
      byColumn: groupBy(articles, (article) => [article.column?.slug ?? '']),
      bySeries: groupBy(articles, (article) => (article.series ? [article.series.name] : [])),
      byTag: groupBy(articles, (article) => article.tags),
      position: new Map(articles.map((article, position) => [article, position])),
    };
    cache.set(articles, maps);
  }
  return maps;
}
