/**
 * The static export in out/, as a reader's browser receives it: run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listFiles } from '@/lib/records/list-files';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/records/load';
import { htmlFiles } from '../support/export-files';

const out = process.env.EXPORT_DIR ?? 'out';
const { articles } = loadArticles('content');
const read = (path: string) => readFileSync(`${out}/${path}`, 'utf8');
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/gu, '').replace(/<[^>]+>/gu, '').replace(/\s+/gu, '');
const h1 = (html: string) => text(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/u)?.[1] ?? '');

describe('the static export', () => {
  it('exists: run `npm run build` first', () => {
    expect(existsSync(`${out}/index.html`)).toBe(true);
  });

  it("ships of Next's static assets only the styles pages link and the files they name, nothing named by the build id", () => {
    const assets = listFiles(`${out}/_next/static`).map((file) => relative(`${out}/_next/static`, file));
    expect(assets.filter((path) => !/^(chunks\/[^/]+\.css|media\/.+)$/u.test(path))).toEqual([]);
    const linked = new Set(htmlFiles(out).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\/_next\/static\/(chunks\/[^"]+\.css)/gu)].map((match) => match[1]!)));
    expect(assets.filter((path) => path.endsWith('.css')).every((path) => linked.has(path))).toBe(true);
  });

  it.each(articles.map((a) => [a.slug, a] as const))('has a page for %s with its title in the <h1> and its whole body', (slug, article) => {
    const html = read(`articles/${slug}/index.html`);
    expect(html).toContain('<html lang="zh-CN"');
    expect(h1(html)).toBe(text(article.title));
    const page = text(html);
    let at = 0;
    for (const [, block] of article.html.matchAll(/<(?:p|h2)[^>]*>([\s\S]*?)<\/(?:p|h2)>/gu)) {
      const found = page.indexOf(text(block!), at);
      expect(found, `paragraph missing or out of order: ${block!.slice(0, 20)}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    for (const figure of article.figures) expect(page).toContain(text(figure.caption));
  });

  it('ships each article as plain HTML: its text once, no framework runtime, no page payload', () => {
    for (const article of articles) {
      const html = read(`articles/${article.slug}/index.html`);
      // The last paragraph: the first one is also the page's description in its metadata.
      const lastParagraph = [...article.html.matchAll(/<p>([\s\S]*?)<\/p>/gu)].at(-1)![1]!.slice(0, 30);
      expect(html.split(lastParagraph).length - 1, article.slug).toBe(1);
      expect(html).not.toMatch(/<script[^>]*src="\/_next\//u);
      expect(html).not.toContain('__next_f');
      expect(html).toMatch(/<script src="\/_static\/enhance\.[0-9a-f]+\.js" defer="">/u);
    }
    // No page is a React page, the search page included: it loads its own module instead.
    expect(htmlFiles(out).filter((file) => /__next_f|src="\/_next\/[^"]*\.js"/u.test(readFileSync(file, 'utf8')))).toEqual([]);
    expect(read('search/index.html')).toMatch(/<script type="module" src="\/_static\/search\.[A-Z0-9]+\.js"><\/script>/u);
    expect(existsSync(`${out}/index.txt`) || existsSync(`${out}/articles/${articles[0]!.slug}/index.txt`)).toBe(false);
  });

  it('lists the newest page on the home page grouped by column, in page order', () => {
    const page = text(read('index.html'));
    expect(page).toContain('人民日报2024年4月9日第19版');
    const order = articles.map((a) => page.indexOf(text(a.title)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page.indexOf('深度关注')).toBeLessThan(order[0]!);
    expect(page.indexOf('本版其他报道')).toBeLessThan(order[3]!);
    expect(page.indexOf('本版其他报道')).toBeGreaterThan(order[2]!);
  });

  it('links every article from the home page', () => {
    const home = read('index.html');
    for (const article of articles) expect(home).toContain(`href="/articles/${article.slug}/"`);
  });

  it('has a 404 page in Chinese', () => {
    expect(h1(read('404.html'))).toBe('页面不存在');
  });

  it('fetches no font or script from another host', () => {
    for (const path of ['index.html', `articles/${articles[0]!.slug}/index.html`]) {
      expect(read(path)).not.toMatch(/(?:src|href)="(?:https?:)?\/\/(?!localhost)[^"]+\.(?:js|css|woff2?)"/u);
    }
  });
});
