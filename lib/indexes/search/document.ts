/**
 * An article as search reads it: the printed text in two streams, the head (kicker, title,
 * subtitle: matches there rank first) and the body (column and series label, byline, the region
 * line's place names, paragraphs, section headings, figure captions and credits), and what a
 * result shows. Runs never
 * cross a line, so a match is always text a reader sees in one place.
 */
import { noColumnLabel } from '../../records/columns';
import { columnLabel } from '../../records/format';
import type { Article } from '../../records/article';
import { editionLine } from '../../records/format';
import { textOfHtml } from '../../records/html-text';
import { getRegion, printedRegionNames, type Region } from '../../records/regions';
import { routes } from '../../site/routes';
import type { SearchDocumentFile } from './index-format';

export interface SearchDocument {
  readonly file: SearchDocumentFile;
  /** The streams indexed: a match in the head ranks before one in the body. */
  readonly head: string;
  readonly body: string;
  /** The column's slug, or undefined for a story printed without one. */
  readonly columnSlug?: string;
  /** Codes of every region in the chains of the story's places (filters have no hierarchy). */
  readonly regionCodes: readonly string[];
  /** The authors field, for 作者：… */
  readonly authors: readonly string[];
  readonly page?: number;
}

/** What of a document its postings are made from (runs.ts): an incremental update keeps only this of a changed story's previous text. */
export type IndexedText = Pick<SearchDocument, 'head' | 'body'>;

export function searchDocumentOf(article: Article): SearchDocument {
  const { column } = article;
  const label = columnLabel(column?.name, article.series);
  // The text is read from the body only when asked for: an incremental build indexes the words of
  // the stories that changed, and reads the others' metadata alone (dates, places, authors).
  const text = once(() => [textOfHtml(article.html), ...article.figures.map((figure) => [figure.caption, figure.credit].filter(Boolean).join(' '))].filter(Boolean).join('\n'));
  // The region line as printed, a name a line: a story filed under 隆尧县 is found by 隆尧县
  // whether or not its text names it, never by a run across two names.
  const body = once(() => [label, article.byline, ...printedRegionNames(article.regions), text()].filter(Boolean).join('\n'));
  return {
    file: {
      url: routes.article(article.slug),
      title: article.title,
      ...(article.kicker && { kicker: article.kicker }),
      ...(article.subtitle && { subtitle: article.subtitle }),
      column: column?.name ?? noColumnLabel,
      edition: editionLine(article),
      date: article.date,
      get body() {
        return text();
      },
    },
    head: [article.kicker, article.title, article.subtitle].filter(Boolean).join('\n'),
    get body() {
      return body();
    },
    ...(column && { columnSlug: column.slug }),
    regionCodes: regionsWithAncestors(article.regions).map((region) => region.code),
    authors: article.authors,
    ...(article.page !== undefined && { page: article.page }),
  };
}

/** A value made on first use, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Every region in the chains of the given ones, province first, each once. */
export function regionsWithAncestors(regions: readonly Region[]): Region[] {
  const codes = [...new Set(regions.flatMap((region) => region.chain))];
  return codes.map(getRegion).filter((region): region is Region => region !== undefined);
}

