/**
 * Editions (版面): a date and a page of the paper, and how articles group into them.
 */
import { columnsInOrder, type ColumnId } from './columns';
import type { Article, IsoDate } from './content';
import { publication } from './site';

export interface Edition {
  readonly date: IsoDate;
  readonly page?: number;
}

/** 2024-04-09 → 2024年4月9日, as Chinese papers print the date. */
export function formatChineseDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 人民日报 2024年4月9日 第19版 */
export function editionLine(edition: Edition): string {
  const page = edition.page === undefined ? '' : ` 第${edition.page}版`;
  return `${publication.name} ${formatChineseDate(edition.date)}${page}`;
}

/** The newest printed page in the archive: its date and page number. */
export function newestEdition(articles: readonly Article[]): Edition | undefined {
  const first = articles[0];
  return first ? { date: first.date, ...(first.page !== undefined && { page: first.page }) } : undefined;
}

export function articlesOfEdition(articles: readonly Article[], edition: Edition): Article[] {
  return articles.filter((article) => article.date === edition.date && article.page === edition.page);
}

export interface ColumnGroup {
  /** Undefined for the articles printed without a column header. */
  readonly column: ColumnId | undefined;
  readonly articles: readonly Article[];
}

/**
 * Groups articles by column: registered columns in their printed order, then the articles
 * without a column. Each group keeps the order it was given (page order).
 */
export function groupByColumn(articles: readonly Article[]): ColumnGroup[] {
  const groups: ColumnGroup[] = columnsInOrder().map((column) => ({
    column: column.id,
    articles: articles.filter((article) => article.column === column.id),
  }));
  groups.push({ column: undefined, articles: articles.filter((article) => article.column === undefined) });
  return groups.filter((group) => group.articles.length > 0);
}
