/**
 * The sitemaps: /sitemap.xml is a sitemap index (linked from robots.txt) of files of at most
 * 50,000 URLs and 50 MB each, the protocol's limits (sitemaps.org), so the archive can grow past
 * any size one file could list. Every page a search engine may index (site-paths.ts) stands in
 * exactly one of them, in the order site-paths lists them. Written as escaped XML
 * (xml-document.ts) rather than Next's sitemap writer, which puts each URL in unescaped.
 */
import { absoluteUrl } from '../site/settings';
import { routes } from '../site/routes';
import { sitePaths, type SitePath } from './site-paths';
import { xmlDocument } from './xml-document';

/** The protocol's limits per file; a part is cut at whichever it reaches first. */
export const sitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 } as const;

const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const entryOf = ({ path, lastModified }: SitePath) => ({ loc: absoluteUrl(path), ...(lastModified && { lastmod: lastModified }) });

/** A part's XML: a urlset. */
function urlsetXml(name: string, paths: readonly SitePath[]): string {
  return xmlDocument(name, 'urlset', { '@xmlns': namespace, url: paths.map(entryOf) });
}

/**
 * The paths cut into parts of at most `limits.urls` URLs and `limits.bytes` bytes of XML. A
 * part's size is counted from its entries as written (each URL escaped, indented), plus the
 * document around them, so no part is written twice to find where to cut.
 */
export function sitemapParts(paths: readonly SitePath[], limits: { readonly urls: number; readonly bytes: number } = sitemapLimits): SitePath[][] {
  // The declaration, the urlset's tags and namespace; each entry's tags and indentation.
  const wrapper = 200;
  const perEntry = 80;
  const escaped = (text: string) => Buffer.byteLength(text.replace(/&/gu, '&amp;').replace(/[<>"']/gu, '&#00;'), 'utf8');
  const parts: SitePath[][] = [];
  let current: SitePath[] = [];
  let bytes = wrapper;
  for (const path of paths) {
    const size = perEntry + escaped(absoluteUrl(path.path)) + (path.lastModified?.length ?? 0);
    if (current.length > 0 && (current.length >= limits.urls || bytes + size > limits.bytes)) {
      parts.push(current);
      [current, bytes] = [[], wrapper];
    }
    current.push(path);
    bytes += size;
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  return parts;
}

let cut: { readonly paths: readonly SitePath[]; readonly parts: SitePath[][] } | undefined;

/** The site's own paths cut into parts, once per process: the index and every part read the same cut. */
function siteParts(): SitePath[][] {
  const paths = sitePaths();
  if (!cut || cut.paths.length !== paths.length || cut.paths.some((path, index) => path.path !== paths[index]!.path)) cut = { paths, parts: sitemapParts(paths) };
  return cut.parts;
}

/** /sitemap.xml: the index of the parts, each with the newest date it lists. */
export function sitemapIndexXml(parts: readonly (readonly SitePath[])[] = siteParts()): string {
  return xmlDocument('/sitemap.xml', 'sitemapindex', {
    '@xmlns': namespace,
    sitemap: parts.map((part, index) => {
      const newest = part.reduce<string | undefined>((latest, path) => (path.lastModified && (!latest || path.lastModified > latest) ? path.lastModified : latest), undefined);
      return { loc: absoluteUrl(routes.sitemapPart(index + 1)), ...(newest && { lastmod: newest }) };
    }),
  });
}

/** /sitemaps/<n>.xml, counted from 1; undefined past the last part. */
export function sitemapPartXml(number: number, parts: readonly (readonly SitePath[])[] = siteParts()): string | undefined {
  const part = parts[number - 1];
  return part && urlsetXml(routes.sitemapPart(number), part);
}

/** How many parts the sitemap has: the routes' static params. */
export function sitemapPartCount(): number {
  return siteParts().length;
}
