/**
 * Every page path the site exports, from the same indexes the routes use: the sitemap lists
 * these, and a test checks them against the export.
 */
import { getArticles, getArticlesInColumn, getColumns } from './archive';
import { getEditionMonths, getEditions, getRegionCoverage, getSeriesIndex } from './derived';
import { listPageNumbers, type PageNumber } from '../site/pagination';
import { routes } from '../site/routes';

export interface SitePath {
  readonly path: string;
  /** The newest issue date on the page, for pages that list or are stories. */
  readonly lastModified?: string;
}

export function sitePaths(): SitePath[] {
  const articles = getArticles();
  const coverage = getRegionCoverage();
  const paged = (total: number, pathOf: (page: PageNumber) => string) => listPageNumbers(total).map(pathOf);
  const days = [...new Set(getEditions().map((edition) => edition.date))];
  return [
    { path: routes.home(), ...(articles[0] && { lastModified: articles[0].date }) },
    ...articles.map((article) => ({ path: routes.article(article.slug), lastModified: article.date })),
    { path: routes.columns() },
    ...getColumns().flatMap((column) => paged(getArticlesInColumn(column).length, (page) => routes.column(column.slug, page)).map((path) => ({ path }))),
    { path: routes.regions() },
    ...coverage.regions.flatMap((region) => paged(coverage.articlesIn(region.code).length, (page) => routes.region(region.code, page)).map((path) => ({ path }))),
    { path: routes.editions() },
    ...getEditionMonths().map(({ month }) => ({ path: routes.editionDate(month) })),
    ...days.map((day) => ({ path: routes.editionDate(day), lastModified: day })),
    ...getEditions()
      .filter((edition) => edition.page !== undefined)
      .map((edition) => ({ path: routes.edition(edition.date, edition.page), lastModified: edition.date })),
    ...[...getSeriesIndex().keys()].map((slug) => ({ path: routes.series(slug) })),
    { path: routes.search() },
  ];
}
