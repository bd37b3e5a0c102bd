/**
 * RSS 2.0 feeds: the whole site, each column, each province, newest first, and capped so a feed
 * does not grow with the archive. Written as escaped XML (xml-document.ts), so no title, kicker or
 * body can close a section and add elements of its own.
 */
import type { Article } from '.';
import { editionLine } from '../records/format';
import { issueTimestamp } from '../records/publication';
import { routes } from '../site/routes';
import { absoluteUrl, publication, site } from '../site/settings';
import { xmlDocument } from './xml-document';

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
  return xmlDocument(feedPath, 'rss', {
    '@version': '2.0',
    '@xmlns:atom': 'http://www.w3.org/2005/Atom',
    '@xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    channel: {
      title: `${title} · ${site.name}`,
      link: absoluteUrl(pagePath),
      description,
      ...(newest && { lastBuildDate: issueDate(newest).toUTCString() }),
      docs: 'https://www.rssboard.org/rss-specification',
      language: 'zh-CN',
      copyright: `文章版权归${publication.name}所有`,
      'atom:link': { '@href': absoluteUrl(feedPath), '@rel': 'self', '@type': 'application/rss+xml' },
      item: articles.slice(0, feedLength).map(feedItem),
    },
  });
}

function feedItem(article: Article) {
  const url = absoluteUrl(routes.article(article.slug));
  return {
    title: article.title,
    link: url,
    guid: { '#text': url, '@isPermaLink': 'true' },
    pubDate: issueDate(article).toUTCString(),
    description: `${article.kicker ? `${article.kicker} ` : ''}${article.excerpt}（${editionLine(article)}）`,
    // RSS's own <author> is an e-mail address; a byline's names are Dublin Core creators.
    'dc:creator': article.authors,
    ...(article.column && { category: article.column.name }),
  };
}

/** The issue's date at 05:00 Beijing time, when the morning paper is out. */
function issueDate(article: Article): Date {
  return new Date(issueTimestamp(article.date));
}

/** A static XML response for a route handler. */
export function xmlResponse(xml: string, type = 'application/rss+xml'): Response {
  return new Response(xml, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
