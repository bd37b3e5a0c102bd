/**
 * The pages of every dynamic route, each with what it shows: the route's generateStaticParams
 * lists the pages from here, and an incremental build (lib/build/incremental/) renders again only
 * the pages whose inputs changed. A page's inputs are the results of the same API calls the page
 * makes with the same parameters, so a page cannot show something its digest does not cover:
 * whatever a page reads, its digest reads too.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../records/article';
import { getRegion } from '../records/regions';
import { listPage, listPageNumbers, pageSegmentsOf } from '../site/pagination';
import { routes } from '../site/routes';
import { findColumnBySlug, getArticle, getArticles, getArticlesInColumn, getColumns, getRelatedLinks, getSourceHashes } from './archive';
import { findEdition, getEditionMonths, getEditions, getEditionsOn, getPageNeighbours, getRegionCoverage, getSeriesIndex } from './derived';
import { feedLength } from './feeds';

/** One prerendered page of a dynamic route. */
export interface StaticPage<Params> {
  readonly params: Params;
  /** Its path on the site, as the export writes it (/articles/x/, /columns/y/feed.xml). */
  readonly path: string;
  /** What the page shows, for its digest: evaluated only when a build asks. */
  readonly inputs: () => unknown;
}

type Pages<Params> = () => StaticPage<Params>[];

export const staticPages = {
  articles: (() =>
    getArticles().map((article) => ({
      params: { slug: article.slug as string },
      path: routes.article(article.slug),
      inputs: () => articleInputs(article.slug),
    }))) satisfies Pages<{ slug: string }>,

  columnLists: (() =>
    getColumns().flatMap((column) =>
      listPageNumbers(getArticlesInColumn(column).length).map((page) => ({
        params: { column: column.slug as string, page: pageSegmentsOf(page) },
        path: routes.column(column.slug, page),
        inputs: () => {
          const found = findColumnBySlug(column.slug);
          return [found, found && listPage(getArticlesInColumn(found), page)];
        },
      })),
    )) satisfies Pages<{ column: string; page: string[] }>,

  columnFeeds: (() =>
    getColumns().map((column) => ({
      params: { column: column.slug as string },
      path: routes.columnFeed(column.slug),
      inputs: () => [findColumnBySlug(column.slug), getArticlesInColumn(column).slice(0, feedLength)],
    }))) satisfies Pages<{ column: string }>,

  regionLists: (() => {
    const coverage = getRegionCoverage();
    return coverage.regions.flatMap((region) =>
      listPageNumbers(coverage.articlesIn(region.code).length).map((page) => ({
        params: { code: region.code as string, page: pageSegmentsOf(page) },
        path: routes.region(region.code, page),
        // The places inside, with their counts, are shown on the newest page only: a numbered page stays as it is.
        inputs: () => [getRegion(region.code), listPage(coverage.articlesIn(region.code), page), page === 'newest' && coverage.nodeOf(region.code)],
      })),
    );
  }) satisfies Pages<{ code: string; page: string[] }>,

  regionFeeds: (() => {
    const coverage = getRegionCoverage();
    return coverage.tree.map((node) => ({
      params: { code: node.region.code as string },
      path: routes.regionFeed(node.region.code),
      inputs: () => [getRegion(node.region.code), coverage.articlesIn(node.region.code).slice(0, feedLength)],
    }));
  }) satisfies Pages<{ code: string }>,

  /** /editions/2024-04/ and /editions/2024-04-09/. */
  editionDates: (() => {
    const days = new Set(getEditions().map((edition) => edition.date));
    return [...getEditionMonths().map(({ month }) => month), ...days].map((date) => ({
      params: { date },
      path: routes.editionDate(date),
      inputs: () => getEditionsOn(date),
    }));
  }) satisfies Pages<{ date: string }>,

  editionPages: (() =>
    getEditions()
      .filter((edition) => edition.page !== undefined)
      .map((edition) => ({
        params: { date: edition.date as string, page: String(edition.page) },
        path: routes.edition(edition.date, edition.page),
        inputs: () => findEdition(edition.date, edition.page),
      }))) satisfies Pages<{ date: string; page: string }>,

  series: (() =>
    [...getSeriesIndex().keys()].map((slug) => ({
      params: { series: slug },
      path: routes.series(slug),
      inputs: () => getSeriesIndex().get(slug),
    }))) satisfies Pages<{ series: string }>,
};

function articleInputs(slug: string): unknown {
  const article = getArticle(slug);
  return article && [article, getPageNeighbours(article), getRelatedLinks(article)];
}

/** Every page of every dynamic route with the digest of what it shows. */
export function staticPageDigests(): Map<string, string> {
  const digests = new Map<string, string>();
  const records = recordDigests(getArticles(), getSourceHashes());
  for (const pages of Object.values(staticPages)) {
    for (const page of pages()) digests.set(page.path, digestOf(page.inputs(), records));
  }
  return digests;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const recordDigestCache = new WeakMap<readonly Article[], Map<Article, string>>();

/**
 * Each record's digest, once: a story named on fifty pages is hashed once, not fifty times. A
 * record is made from its file's path and bytes alone, under code, settings and a column registry
 * that an incremental build shares with the build before it (lib/build/incremental/fingerprint.ts),
 * so the file's path and SHA-256 name it, whether the record was parsed by this build or reused.
 * Serialising every record instead decoded and hashed every body of the archive on each build:
 * 600 MB at 100,000 stories.
 */
function recordDigests(articles: readonly Article[], sources: ReadonlyMap<string, string>): Map<Article, string> {
  let digests = recordDigestCache.get(articles);
  if (!digests) {
    digests = new Map(
      articles.map((article) => {
        const source = sources.get(article.file);
        // Every archive is read by lib/records/load.ts, which hashes every file it reads.
        if (source === undefined) throw new Error(`no source hash for ${article.file}: a page's digest cannot name its record`);
        return [article, sha256(`${article.file}\0${source}`)];
      }),
    );
    recordDigestCache.set(articles, digests);
  }
  return digests;
}

/** A page's inputs serialised, every record of the archive by its own digest. */
function digestOf(inputs: unknown, records: ReadonlyMap<Article, string>): string {
  const text = JSON.stringify(inputs ?? null, (_key, value: unknown) => {
    if (value instanceof Map) return [...value];
    const record = typeof value === 'object' && value !== null ? records.get(value as Article) : undefined;
    return record === undefined ? value : `#${record}`;
  });
  return sha256(text);
}
