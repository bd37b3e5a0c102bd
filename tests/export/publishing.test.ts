/**
 * What readers' tools read from the export: feeds, the sitemap, robots.txt, structured data, and
 * each page's title, description and canonical URL.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/records/load';
import { fileFor, htmlFiles } from '../support/export-files';

const out = process.env.EXPORT_DIR ?? 'out';
const site = process.env.SITE_URL ?? 'http://localhost:3000';
const { articles } = loadArticles('content');
const read = (path: string) => readFileSync(`${out}/${path}`, 'utf8');
const articleUrl = (slug: string) => `${site}/articles/${slug}/`;
const feed = (path: string) => new Parser().parseString(read(path));

/** Pages a reader reaches: not the 404 copies Next writes, nor placeholders of empty routes. */
const pages = htmlFiles(out)
  .map((file) => `/${relative(out, file).replace(/index\.html$/u, '')}`)
  .filter((path) => !/^\/(404|_not-found)|\/_none\//u.test(path) && path !== '/404.html');
/** Pages a search engine may list: each reader's own 我的收藏 and the offline page are not. */
const indexable = pages.filter((path) => !/<meta name="robots" content="noindex/u.test(read(`${path.slice(1)}index.html`)));

describe('feeds', () => {
  it('the site feed lists every article, newest first, with title, link, date and summary', async () => {
    const { items, title } = await feed('feed.xml');
    expect(title).toBe('全部文章 · 党建文章阅读');
    expect(items.map((item) => item.link)).toEqual(articles.map((a) => articleUrl(a.slug)));
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.contentSnippet ?? item.content).toMatch(/人民日报 2024年4月9日 第19版/u);
      expect(new Date(item.isoDate!).toISOString()).toBe('2024-04-08T21:00:00.000Z');
    }
  });

  it("each column's feed lists its articles, and each province's feed the stories within it", async () => {
    for (const article of articles.filter((a) => a.column)) {
      const { items } = await feed(`columns/${article.column!.slug}/feed.xml`);
      expect(items.map((item) => item.link)).toContain(articleUrl(article.slug));
    }
    const { items } = await feed('regions/35/feed.xml');
    expect(items.map((item) => item.title)).toEqual(['增强干部“会担当”“重担当”“敢担当”的能力本领']);
  });

  it('feeds are advertised with <link rel="alternate">', () => {
    expect(read('index.html')).toContain(`<link rel="alternate" type="application/rss+xml" href="${site}/feed.xml" title="党建文章阅读：全部文章"/>`);
    expect(read('columns/shendu-guanzhu/index.html')).toContain(`href="${site}/columns/shendu-guanzhu/feed.xml"`);
  });
});

describe('sitemap and robots.txt', () => {
  const parser = new XMLParser();
  const index: string[] = [parser.parse(read('sitemap.xml')).sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc);
  const listed: string[] = index.flatMap((part) => [parser.parse(read(part.replace(`${site}/`, ''))).urlset.url].flat().map((entry: { loc: string }) => entry.loc));

  it('is an index of parts of at most 50,000 URLs, each written in the export', () => {
    expect(index).toEqual([`${site}/sitemaps/1.xml`]);
    expect(listed.length).toBeLessThanOrEqual(50_000);
  });

  it('lists every exported page a search engine may index, and every listed URL exists in the export', () => {
    expect(pages.length - indexable.length).toBe(2);
    expect(listed.map((url) => url.replace(site, '')).sort()).toEqual([...indexable].sort());
    for (const url of listed) expect(fileFor(out, url.replace(site, '')), url).toBeDefined();
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    expect(read('robots.txt')).toBe(`User-Agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`);
  });
});

describe('structured data', () => {
  it('an article carries a NewsArticle with headline, edition, authors, section and places', () => {
    const html = read('articles/quanzhou-ganbu-dandang/index.html');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(html)?.[1];
    const data = JSON.parse(json!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '增强干部“会担当”“重担当”“敢担当”的能力本领',
      alternativeHeadline: '福建省泉州市完善落实激励干部担当作为政策措施——',
      datePublished: '2024-04-09T05:00:00+08:00',
      author: [{ '@type': 'Person', name: '刘晓宇' }],
      publisher: { '@type': 'Organization', name: '人民日报' },
      articleSection: '深度关注',
      isPartOf: { '@type': 'PublicationIssue', name: '人民日报 2024年4月9日 第19版', pagination: '19', url: 'http://paper.people.com.cn/rmrb/html/2024-04/09/nbs.D110000renmrb_19.htm' },
    });
    expect(data.about.map((place: { name: string }) => place.name)).toContain('福建省泉州市鲤城区');
  });
});

describe('page metadata', () => {
  const head = (path: string) => {
    const html = readFileSync(fileFor(out, path)!, 'utf8');
    return {
      title: /<title>([^<]*)<\/title>/u.exec(html)?.[1],
      description: /<meta name="description" content="([^"]*)"/u.exec(html)?.[1],
      canonical: /<link rel="canonical" href="([^"]*)"/u.exec(html)?.[1],
      ogType: /<meta property="og:type" content="([^"]*)"/u.exec(html)?.[1],
      locale: /<meta property="og:locale" content="([^"]*)"/u.exec(html)?.[1],
    };
  };

  it('every page has its own title, its own description and its canonical URL', () => {
    const heads = pages.map((path) => ({ path, ...head(path) }));
    for (const page of heads) {
      expect(page.title, page.path).toBeTruthy();
      expect(page.description, page.path).toBeTruthy();
      expect(page.canonical, page.path).toBe(`${site}${page.path}`);
      expect(page.locale, page.path).toBe('zh_CN');
    }
    expect(new Set(heads.map((page) => page.title)).size).toBe(heads.length);
    expect(new Set(heads.map((page) => page.description)).size).toBe(heads.length);
  });

  it('an article page is an Open Graph article titled 标题 · 站名', () => {
    expect(head('/articles/lu-wu-jintou-xin-you-guichu/')).toMatchObject({ title: '“路无尽头，心有归处” · 党建文章阅读', ogType: 'article' });
  });
});
