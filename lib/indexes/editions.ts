/**
 * Editions (版面): a date and a page of the paper, and how articles group into them.
 */
import type { Column } from '../records/columns';
import type { Article, IsoDate } from '../records/article';
import type { Edition } from '../records/format';

export interface EditionSummary extends Edition {
  /** The edition's articles in printed order. */
  readonly articles: readonly Article[];
}

interface EditionIndex {
  readonly list: readonly EditionSummary[];
  readonly byKey: ReadonlyMap<string, EditionSummary>;
  /** Keyed by day (YYYY-MM-DD) and by month (YYYY-MM), newest first. */
  readonly byDayOrMonth: ReadonlyMap<string, EditionSummary[]>;
}

const editionKey = (date: string, page: number | undefined) => `${date}/${page ?? ''}`;
const cache = new WeakMap<readonly Article[], EditionIndex>();

function editionIndex(articles: readonly Article[]): EditionIndex {
  let index = cache.get(articles);
  if (!index) {
    const byKey = new Map<string, { date: IsoDate; page?: number; articles: Article[] }>();
    // Articles come newest first in page order, so editions and their articles do too.
    for (const article of articles) {
      const key = editionKey(article.date, article.page);
      const edition = byKey.get(key) ?? { date: article.date, ...(article.page !== undefined && { page: article.page }), articles: [] };
      edition.articles.push(article);
      byKey.set(key, edition);
    }
    const byDayOrMonth = new Map<string, EditionSummary[]>();
    for (const edition of byKey.values()) {
      for (const key of [edition.date, edition.date.slice(0, 7)]) {
        const list = byDayOrMonth.get(key) ?? [];
        list.push(edition);
        byDayOrMonth.set(key, list);
      }
    }
    index = { list: [...byKey.values()], byKey, byDayOrMonth };
    cache.set(articles, index);
  }
  return index;
}

/** Every printed page in the archive, newest first, each with its articles in page order. */
export function listEditions(articles: readonly Article[]): readonly EditionSummary[] {
  return editionIndex(articles).list;
}

export function findEdition(articles: readonly Article[], date: string, page?: number): EditionSummary | undefined {
  return editionIndex(articles).byKey.get(editionKey(date, page));
}

/** The printed pages of a day (2024-04-09) or a month (2024-04), newest first. */
export function editionsOn(articles: readonly Article[], dayOrMonth: string): readonly EditionSummary[] {
  return editionIndex(articles).byDayOrMonth.get(dayOrMonth) ?? [];
}

/** The newest printed page in the archive. */
export function newestEdition(articles: readonly Article[]): EditionSummary | undefined {
  return listEditions(articles)[0];
}

/** The stories printed before and after this one on the same page. */
export function pageNeighbours(articles: readonly Article[], article: Article): { previous?: Article; next?: Article } {
  const onPage = findEdition(articles, article.date, article.page)?.articles ?? [];
  const index = onPage.indexOf(article);
  const previous = index > 0 ? onPage[index - 1] : undefined;
  const next = index >= 0 ? onPage[index + 1] : undefined;
  return { ...(previous && { previous }), ...(next && { next }) };
}

export interface ColumnGroup {
  /** Undefined for the articles printed without a column header. */
  readonly column: Column | undefined;
  readonly articles: readonly Article[];
}

/**
 * Groups articles by column, in the order the page prints them (a group stands where its first
 * story does), then the articles without a column. Each group keeps the order it was given
 * (page order). Whatever columns the archive registers, only those on the page appear.
 */
export function groupByColumn(articles: readonly Article[]): ColumnGroup[] {
  const groups = new Map<string, { column: Column; articles: Article[] }>();
  for (const article of articles) {
    if (!article.column) continue;
    const group = groups.get(article.column.slug) ?? { column: article.column, articles: [] };
    group.articles.push(article);
    groups.set(article.column.slug, group);
  }
  const without = articles.filter((article) => article.column === undefined);
  return [...groups.values(), ...(without.length > 0 ? [{ column: undefined, articles: without }] : [])];
}

export interface EditionMonth {
  /** YYYY-MM */
  readonly month: string;
  /** Newest first. */
  readonly editions: readonly EditionSummary[];
}

/** The archive by month, newest first: the way readers look for an old paper. */
export function editionMonths(articles: readonly Article[]): readonly EditionMonth[] {
  const months = new Map<string, EditionSummary[]>();
  for (const edition of listEditions(articles)) {
    const month = edition.date.slice(0, 7);
    const list = months.get(month) ?? [];
    list.push(edition);
    months.set(month, list);
  }
  return [...months].map(([month, editions]) => ({ month, editions }));
}
