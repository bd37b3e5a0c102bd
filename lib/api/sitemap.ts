/**
 * /sitemap.xml: every page a search engine may index (site-paths.ts), as escaped XML
 * (xml-document.ts) rather than Next's sitemap writer, which puts each URL into the document
 * unescaped.
 */
import { absoluteUrl } from '../site/settings';
import { sitePaths } from './site-paths';
import { xmlDocument } from './xml-document';

export function sitemapXml(): string {
  return xmlDocument('/sitemap.xml', 'urlset', {
    '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
    url: sitePaths().map(({ path, lastModified }) => ({ loc: absoluteUrl(path), ...(lastModified && { lastmod: lastModified }) })),
  });
}
