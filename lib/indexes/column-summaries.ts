/**
 * What the list of columns (/columns/) says of each: how many stories the archive holds, the
 * first and the latest issue it ran in, and whether it still runs. A column the editors gave an
 * end date (until) has stopped; one without is taken to run on.
 */
import type { Article, IsoDate } from '../records/article';
import type { Column } from '../records/columns';

export interface ColumnSummary {
  readonly column: Column;
  readonly count: number;
  readonly first?: IsoDate;
  readonly latest?: IsoDate;
  readonly running: boolean;
}

/** In registry order; `articles` newest first, as the API gives them. */
export function columnSummaries(columns: readonly Column[], articles: readonly Article[]): ColumnSummary[] {
  const found = new Map<string, { count: number; first: IsoDate; latest: IsoDate }>();
  for (const article of articles) {
    if (!article.column) continue;
    const seen = found.get(article.column.slug);
    if (!seen) found.set(article.column.slug, { count: 1, first: article.date, latest: article.date });
    else {
      seen.count += 1;
      if (article.date < seen.first) seen.first = article.date;
      if (article.date > seen.latest) seen.latest = article.date;
    }
  }
  return columns.map((column) => {
    const seen = found.get(column.slug);
    return { column, count: seen?.count ?? 0, ...(seen && { first: seen.first, latest: seen.latest }), running: column.until === undefined };
  });
}
