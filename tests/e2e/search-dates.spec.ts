/**
 * Search in time, on the seed site and on the 300-article scale site: counts of date-ranged
 * searches (open and closed ends, with and without words, with a column and a region) and the
 * chart's figures per period equal the truth computed here from the exported article pages
 * (their edition line, column link, region line and printed text); pressing a period narrows
 * the search to it.
 */
import { expect, test, type Page } from '@playwright/test';
import { scalePort } from '../../playwright.config';
import { foldLikeSearch, sitemapArticleUrls } from '../support/sitemap-articles';

interface PrintedArticle {
  readonly url: string;
  readonly date: string;
  readonly column?: string;
  readonly regions: string[];
  readonly blocks: string[];
}

async function printedArticles(page: Page, site: string): Promise<PrintedArticle[]> {
  const urls = await sitemapArticleUrls(page, site);
  return page.evaluate(async (urls) => {
    return Promise.all(
      urls.map(async (url) => {
        const html = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
        const header = html.querySelector('article header')!;
        const edition = header.querySelector<HTMLAnchorElement>('a[href^="/editions/"]')!.getAttribute('href')!;
        const column = html.querySelector<HTMLAnchorElement>('nav[aria-label="面包屑"] a[href^="/columns/"]');
        const regionLinks = [...html.querySelectorAll<HTMLAnchorElement>('nav[aria-label="报道地区"] li a')];
        const blocks = [
          ...[...header.children].filter((child) => !child.querySelector('a[href^="/editions/"]')),
          ...html.querySelectorAll('.article-body :is(p, h2, h3, h4, li, blockquote), article figcaption'),
          ...regionLinks,
        ].map((element) => element.textContent ?? '');
        return {
          url,
          date: /\/editions\/(\d{4}-\d{2}-\d{2})\//u.exec(edition)![1]!,
          ...(column && { column: column.getAttribute('href')!.split('/')[2]! }),
          regions: regionLinks.map((link) => link.getAttribute('href')!.split('/')[2]!),
          blocks,
        };
      }),
    );
  }, urls);
}

const fold = foldLikeSearch;

interface View {
  readonly q?: string;
  readonly from?: string;
  readonly to?: string;
  readonly column?: string;
  readonly region?: string;
}

const firstDay = (bound: string) => (bound.length === 4 ? `${bound}-01-01` : bound.length === 7 ? `${bound}-01` : bound);
const lastDay = (bound: string) => (bound.length === 4 ? `${bound}-12-31` : bound.length === 7 ? `${bound}-31` : bound);

/** The stories a view holds, from the pages: printed in the range, in the column and the region, every word printed. */
function truth(articles: readonly PrintedArticle[], view: View): PrintedArticle[] {
  const words = fold(view.q ?? '').split(' ').filter(Boolean);
  return articles.filter(
    (article) =>
      (!view.from || article.date >= firstDay(view.from)) &&
      (!view.to || article.date <= lastDay(view.to)) &&
      (!view.column || article.column === view.column) &&
      (!view.region || article.regions.some((code) => code.startsWith(view.region!))) &&
      words.every((word) => article.blocks.some((block) => fold(block).includes(word))),
  );
}

async function shownCount(page: Page): Promise<number> {
  const status = page.getByRole('region', { name: '搜索结果' }).locator('p[aria-live]');
  await expect(status).toHaveText(/共找到|没有找到/u, { timeout: 15_000 });
  const text = (await status.textContent()) ?? '';
  return Number(/共找到(\d+)篇/u.exec(text)?.[1] ?? 0);
}

const address = (site: string, view: View) => `${site}/search/?${new URLSearchParams(Object.entries(view).filter(([, value]) => value !== undefined) as [string, string][]).toString()}`;

for (const [name, site] of [
  ['the seed site', ''],
  ['the 300-article scale site', `http://127.0.0.1:${scalePort}`],
] as const) {
  test(`date-ranged searches count what the pages hold, on ${name}`, async ({ page }) => {
    test.setTimeout(180_000);
    const articles = await printedArticles(page, site);
    const dates = articles.map((article) => article.date).sort();
    const [first, last] = [dates[0]!, dates.at(-1)!];
    const middle = dates[Math.floor(dates.length / 2)]!;
    const column = articles.find((article) => article.column)!.column!;
    const region = articles.find((article) => article.regions.length > 0)!.regions[0]!.slice(0, 2);
    const views: View[] = [
      { from: middle.slice(0, 7) },
      { q: '党员', from: first, to: middle },
      { q: '党员', to: middle.slice(0, 4), column },
      { q: '干部', from: last.slice(0, 4), to: last.slice(0, 4), region },
      { from: first.slice(0, 7), to: first.slice(0, 7), column },
      { q: '党员', from: '2000', to: '2100' },
    ];
    const counts: number[] = [];
    for (const view of views) {
      await page.goto(address(site, view));
      counts.push(await shownCount(page));
      expect(counts.at(-1), JSON.stringify(view)).toBe(truth(articles, view).length);
    }
    // The views find something, and the dates narrow: not every view holds the whole archive.
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(2);
    expect(counts.some((count) => count > 0 && count < articles.length)).toBe(true);
  });

  test(`the chart's figures per period are the pages', and a period pressed narrows to it, on ${name}`, async ({ page }) => {
    test.setTimeout(180_000);
    const articles = await printedArticles(page, site);
    await page.goto(address(site, { q: '党员' }));
    await shownCount(page);
    const chart = page.getByRole('region', { name: '结果的时间分布' });
    // The table is folded away under 数据表: opened as a reader would.
    await chart.getByText('数据表').click();
    const table = chart.getByRole('table', { name: '结果的时间分布' });
    await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 15_000 });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    expect(rows.length).toBeGreaterThan(0);
    for (const [label, found, , all] of rows) {
      const [, year, month] = /^(\d{4})年(?:(\d{1,2})月)?$/u.exec(label!)!;
      const period = month ? `${year}-${month.padStart(2, '0')}` : year!;
      const inPeriod = articles.filter((article) => article.date.startsWith(period));
      expect([Number(found), Number(all)], label).toEqual([truth(inPeriod, { q: '党员' }).length, inPeriod.length]);
    }
    const bar = chart.locator('svg a').first();
    const key = new URL((await bar.getAttribute('href'))!, 'https://x.invalid').searchParams.get('from')!;
    await bar.click();
    await expect(page).toHaveURL(new RegExp(`from=${key}&to=${key}`, 'u'));
    expect(await shownCount(page)).toBe(truth(articles, { q: '党员', from: key, to: key }).length);
  });
}
