import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapIndexXml, sitemapLimits, sitemapPartXml, sitemapParts } from '@/lib/api/sitemap';
import type { SitePath } from '@/lib/api/site-paths';

const parser = new XMLParser();
const paths: SitePath[] = Array.from({ length: 23 }, (_, index) => ({ path: `/articles/story-${index}/`, ...(index % 2 === 0 && { lastModified: `2024-04-${String((index % 28) + 1).padStart(2, '0')}` }) }));
const locs = (xml: string) => [parser.parse(xml).urlset.url].flat().map((entry: { loc: string }) => new URL(entry.loc).pathname);

describe('the sitemap at any size', () => {
  it('holds the protocol’s limits: 50,000 URLs and 50 MB a file', () => {
    expect(sitemapLimits).toEqual({ urls: 50_000, bytes: 52_428_800 });
  });

  it('cuts the pages into parts of at most the limit, each page in exactly one, in order', () => {
    const parts = sitemapParts(paths, { urls: 5, bytes: sitemapLimits.bytes });
    expect(parts.map((part) => part.length)).toEqual([5, 5, 5, 5, 3]);
    expect(parts.flat()).toEqual(paths);
    const written = parts.map((_, index) => locs(sitemapPartXml(index + 1, parts)!));
    expect(written.flat()).toEqual(paths.map((path) => path.path));
    expect(sitemapPartXml(parts.length + 1, parts)).toBeUndefined();
  });

  it('cuts by size too, before a part would pass the byte limit', () => {
    const parts = sitemapParts(paths, { urls: 50_000, bytes: 1_000 });
    expect(parts.length).toBeGreaterThan(1);
    for (const [index] of parts.entries()) expect(Buffer.byteLength(sitemapPartXml(index + 1, parts)!, 'utf8')).toBeLessThanOrEqual(1_000);
  });

  it('lists the parts in an index, each with the newest date it holds', () => {
    const parts = sitemapParts(paths, { urls: 10, bytes: sitemapLimits.bytes });
    const index = parser.parse(sitemapIndexXml(parts)).sitemapindex.sitemap as { loc: string; lastmod?: string }[];
    expect(index.map((entry) => new URL(entry.loc).pathname)).toEqual(['/sitemaps/1.xml', '/sitemaps/2.xml', '/sitemaps/3.xml']);
    expect(index.map((entry) => entry.lastmod)).toEqual(['2024-04-09', '2024-04-19', '2024-04-23']);
  });

  it('writes one part, never none, for an archive of no pages', () => {
    expect(sitemapParts([])).toEqual([[]]);
  });
});
