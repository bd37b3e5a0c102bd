/**
 * Search matches like find-in-page, on the seed site and on the 300-article scale site: for every
 * run of tests/fixtures/search-runs.json (runs that cross the word boundaries a segmenter would
 * draw), the articles listed are exactly those whose printed text holds it, computed here from
 * the exported article pages themselves, and the count shown is their number.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { scalePort } from '../../playwright.config';
import { foldLikeSearch, sitemapArticleUrls } from '../support/sitemap-articles';

const { runs } = JSON.parse(readFileSync('tests/fixtures/search-runs.json', 'utf8')) as { runs: string[] };

/** Every article's printed text, block by block: label, kicker, title, subtitle, byline, region line, body, captions. */
async function printedArticles(page: Page, site: string): Promise<{ url: string; blocks: string[] }[]> {
  const urls = await sitemapArticleUrls(page, site);
  return page.evaluate(async (urls) => {
    return Promise.all(
      urls.map(async (url) => {
        const html = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
        const header = html.querySelector('article header')!;
        const blocks = [
          ...[...header.children].filter((child) => !child.querySelector('a[href^="/editions/"]')),
          ...html.querySelectorAll('.article-body :is(p, h2, h3, h4, li, blockquote), article figcaption'),
          // The region line's names, one a block, as printed.
          ...html.querySelectorAll('nav[aria-label="报道地区"] li a'),
        ].map((element) => element.textContent ?? '');
        return { url, blocks };
      }),
    );
  }, urls);
}

const fold = foldLikeSearch;

function expected(articles: readonly { url: string; blocks: string[] }[], run: string): string[] {
  const words = fold(run).split(' ').filter(Boolean);
  return articles.filter(({ blocks }) => words.every((word) => blocks.some((block) => fold(block).includes(word)))).map(({ url }) => url);
}

async function listed(page: Page, site: string, run: string): Promise<{ count: string; urls: string[] }> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(run)}`);
  const results = page.getByRole('region', { name: '搜索结果' });
  const status = results.locator('p[aria-live]');
  await expect(status).toHaveText(/共找到|没有找到/u, { timeout: 15_000 });
  // Every page of results, so the listed articles can be compared with the truth.
  for (let more = results.getByRole('button', { name: '显示更多' }); await more.isVisible(); ) {
    const shown = await results.locator('li').count();
    await more.click();
    await expect(results.locator('li')).not.toHaveCount(shown);
  }
  const urls = await results.locator('li h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { count: (await status.textContent()) ?? '', urls };
}

for (const [name, site] of [
  ['the seed site', ''],
  ['the 300-article scale site', `http://127.0.0.1:${scalePort}`],
] as const) {
  test(`cross-boundary runs find exactly the articles that print them, on ${name}`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const articles = await printedArticles(page, site);
    expect(articles.length).toBeGreaterThan(0);
    const rows: string[] = [];
    for (const run of runs) {
      const truth = expected(articles, run);
      const { count, urls } = await listed(page, site, run);
      rows.push(`${run} | ${truth.length} | ${urls.length} | ${count}`);
      expect(count, run).toBe(truth.length > 0 ? `共找到${truth.length}篇文章` : '没有找到符合条件的文章。');
      expect(new Set(urls), run).toEqual(new Set(truth));
    }
    await testInfo.attach('search-exact.txt', { body: ['run | articles printing it | listed | status', ...rows].join('\n'), contentType: 'text/plain' });
  });
}
