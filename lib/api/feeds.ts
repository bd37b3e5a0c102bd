/**
 * RSS 2.0 feeds: the whole site, each column, each province. Built with the `feed` library, never
 * by hand-made XML, newest first, and capped so a feed does not grow with the archive.
 */
import { Feed } from 'feed';
import { getColumn } from '../records/columns';
import type { Article } from '.';
import { editionLine } from '../indexes/editions';
import { routes } from '../records/routes';
import { absoluteUrl, publication, site } from '../records/site';

/** Readers' feed software keeps what it has seen; the newest stories are what a feed is for. */
export const feedLength = 50;

export interface FeedSpec {
  readonly title: string;
  readonly description: string;
  /** The page the feed follows, e.g. /columns/shendu-guanzhu/. */
  readonly pagePath: string;
  /** Where the feed itself is, e.g. /columns/shendu-guanzhu/feed.xml. */
  readonly feedPath: string;
  /** Newest first. */
  readonly articles: readonly Article[];
}

export function rssFeed({ title, description, pagePath, feedPath, articles }: FeedSpec): string {
  const newest = articles[0];
  const feed = new Feed({
    title: `${title} · ${site.name}`,
    description,
    id: absoluteUrl(pagePath),
    link: absoluteUrl(pagePath),
    language: 'zh-CN',
    copyright: `文章版权归${publication.name}所有`,
    generator: false,
    feedLinks: { rss: absoluteUrl(feedPath) },
    ...(newest && { updated: issueDate(newest) }),
  });
  for (const article of articles.slice(0, feedLength)) {
    const url = absoluteUrl(routes.article(article.slug));
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      date: issueDate(article),
      description: `${article.kicker ? `${article.kicker} ` : ''}${article.excerpt}（${editionLine(article)}）`,
      author: article.authors.map((name) => ({ name })),
      category: article.column ? [{ name: getColumn(article.column).displayName }] : [],
    });
  }
  return feed.rss2();
}

/** The issue's date at 05:00 Beijing time, when the morning paper is out. */
function issueDate(article: Article): Date {
  return new Date(`${article.date}T05:00:00+08:00`);
}

/** A static XML response for a route handler. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
