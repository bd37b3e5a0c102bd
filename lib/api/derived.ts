/**
 * What pages show that is derived from the whole archive: printed pages (editions), places
 * covered, series, the column list, the region pickers' list, what search reads. Each is a named function here, over
 * the one archive of lib/api/archive.ts; every index is built once per process (the indexes
 * memoise on the archive's list), so pages of one build share them.
 */
import type { Article, IsoDate } from '../records/article';
import { columnSummaries, type ColumnSummary } from '../indexes/column-summaries';
import { regionCoverage, type RegionCoverage } from '../indexes/coverage';
import { editionMonths, editionsOn, findEdition as findEditionIn, listEditions, newestEdition, pageNeighbours, type EditionMonth, type EditionSummary } from '../indexes/editions';
import { regionOptionsOf, type RegionOption } from '../indexes/region-options';
import { searchDocumentOf, type SearchDocument } from '../indexes/search/document';
import { seriesIndex, type SeriesSummary } from '../indexes/series';
import { getArticles, getColumns } from './archive';

export type { ColumnGroup, EditionMonth, EditionSummary } from '../indexes/editions';
export { groupByColumn } from '../indexes/editions';
export type { RegionCoverage, RegionNode } from '../indexes/coverage';
export type { RegionOption } from '../indexes/region-options';
export type { SeriesPart, SeriesSummary } from '../indexes/series';
export type { ColumnSummary } from '../indexes/column-summaries';
export type { SearchDocument } from '../indexes/search/document';

/** Every printed page in the archive, newest first, each with its articles in page order. */
export function getEditions(): readonly EditionSummary[] {
  return listEditions(getArticles());
}

/** The printed page of a date and page number, if the archive holds it. */
export function findEdition(date: string, page?: number): EditionSummary | undefined {
  return findEditionIn(getArticles(), date, page);
}

/** The printed pages of a day (YYYY-MM-DD) or a month (YYYY-MM), newest first. */
export function getEditionsOn(dayOrMonth: string): readonly EditionSummary[] {
  return editionsOn(getArticles(), dayOrMonth);
}

export function getNewestEdition(): EditionSummary | undefined {
  return newestEdition(getArticles());
}

/** The archive by month, newest first. */
export function getEditionMonths(): readonly EditionMonth[] {
  return editionMonths(getArticles());
}

/** The archive's first and last issue dates and the years between with stories, newest first. */
export interface ArchiveSpan {
  readonly first: IsoDate;
  readonly last: IsoDate;
  readonly years: readonly number[];
}

export function getArchiveSpan(): ArchiveSpan | undefined {
  const articles = getArticles();
  const [newest, oldest] = [articles[0], articles.at(-1)];
  if (!newest || !oldest) return undefined;
  const years = [...new Set(articles.map((article) => Number(article.date.slice(0, 4))))];
  return { first: oldest.date, last: newest.date, years };
}

/** The stories printed before and after this one on its page. */
export function getPageNeighbours(article: Article): { previous?: Article; next?: Article } {
  return pageNeighbours(getArticles(), article);
}

/** Which stories report on which places, and the tree of places with stories. */
export function getRegionCoverage(): RegionCoverage {
  return regionCoverage(getArticles());
}

/** Every place with stories, for the region pickers (/search/regions.json). */
export function getRegionOptions(): RegionOption[] {
  return regionOptionsOf(getArticles());
}

/** Every series by its slug. */
export function getSeriesIndex(): ReadonlyMap<string, SeriesSummary> {
  return seriesIndex(getArticles());
}

/** Each registered column with its count and the first and latest issue it ran in. */
export function getColumnSummaries(): ColumnSummary[] {
  return columnSummaries(getColumns(), getArticles());
}

/** What search reads of each article (what its page prints), in archive order, for the indexer. */
export function getSearchDocuments(): SearchDocument[] {
  return getArticles().map(searchDocumentOf);
}
