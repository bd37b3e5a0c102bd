/**
 * What a reader's search costs on the built export, in Chromium at phone width, unthrottled, each
 * run with a cold cache: bytes on the wire (as served: the index files travel gzip-compressed) for
 * the page and the query, and the time from Enter (or a column chip's click, or a column picked) to the first result
 * drawn and to the chart of results over time drawn. Median of three runs per query. Run by `npm run bench`.
 */
import type { Browser } from '@playwright/test';
import { searchPageMarkup } from '../markup/search-page';

export interface BenchQuery {
  readonly label: string;
  /** Words typed and sent with Enter; or, for a view by filters alone, the column chip clicked. */
  readonly words?: string;
  readonly chip?: string;
  /** The archive's first year chosen (a quick choice) before the words are typed. */
  readonly firstYear?: boolean;
}

export const benchQueries: readonly BenchQuery[] = [
  { label: 'common word', words: '党员' },
  { label: 'rare phrase (a seed caption)', words: '检查车辆' },
  { label: 'place', words: '泉州' },
  { label: 'cross-boundary run', words: '建联盟助' },
  { label: 'two words', words: '党建联盟 货车司机' },
  { label: 'filter only (a column)', chip: '深度关注' },
  { label: 'date-ranged (the first year)', words: '党员', firstYear: true },
  { label: 'three terms compared', words: '党建联盟 | 流动党员 | 货车司机' },
];

export interface SearchCost {
  readonly label: string;
  readonly query: string;
  /** The status line shown, e.g. 共找到2455篇文章. */
  readonly status: string;
  /** Medians of three cold runs. */
  readonly pageBytes: number;
  readonly queryBytes: number;
  readonly queryRequests: number;
  readonly firstResultMs: number;
  /** To the chart drawn; with the first result, the later of the two is when the view is whole. */
  readonly chartMs: number;
}

const runs = 3;

/**
 * Starts the clock at the reader's action and stops it when the first result is in the list. A
 * string, so the bundler's helpers never end up in the page.
 */
const clock = `(() => {
  const marks = window;
  const start = (event) => { marks.started ??= event.timeStamp; };
  document.addEventListener('keydown', (event) => { if (event.key === 'Enter') start(event); }, { capture: true });
  document.addEventListener('click', start, { capture: true });
  // The column picker of an archive of many columns: its choice is a change, not a click.
  document.addEventListener('change', start, { capture: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('${searchPageMarkup.results.selector} li')) { marks.drawn = performance.now(); observer.disconnect(); }
  }).observe(document.querySelector('${searchPageMarkup.results.selector}'), { childList: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('${searchPageMarkup.chart.selector} svg')) { marks.charted = performance.now(); observer.disconnect(); }
  }).observe(document.querySelector('${searchPageMarkup.chart.selector}'), { childList: true });
})()`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function once(browser: Browser, baseUrl: string, query: BenchQuery) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const pageSizes: Promise<number>[] = [];
  const querySizes: Promise<number>[] = [];
  let sizes = pageSizes;
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await page.goto(`${baseUrl}/search/`);
  await page.waitForLoadState('networkidle');
  const status = page.getByRole('region', { name: '搜索结果' }).locator('p[aria-live]');
  if (query.firstYear) {
    // The range is the reader's first step; what it loads is counted with the page, the words' cost after.
    const choice = page.getByRole('combobox', { name: '时间' });
    const years = (await choice.locator('option').allTextContents()).filter((label) => /^\d{4}年$/u.test(label));
    await choice.selectOption({ label: years.at(-1)! });
    await status.filter({ hasText: /共找到|没有找到/u }).waitFor();
    await page.waitForLoadState('networkidle');
  }
  sizes = querySizes;
  await page.evaluate(clock);
  if (query.words) {
    const box = page.getByRole('searchbox', { name: '搜索文章' }).last();
    await box.fill(query.words);
    await box.press('Enter');
  } else {
    // A chip on an archive of a few columns, the column picker on one of many (components/search/SearchView.tsx).
    const picker = page.getByRole('combobox', { name: '栏目' });
    if (await picker.isVisible()) await picker.selectOption({ label: query.chip! });
    else await page.getByRole('group', { name: '栏目' }).getByRole('button', { name: new RegExp(query.chip!, 'u') }).click();
  }
  // Whole when the first result and the chart are drawn (a view that finds nothing draws neither).
  await page.waitForFunction('window.drawn !== undefined && window.charted !== undefined', undefined, { timeout: 30_000 }).catch(() => undefined);
  await status.filter({ hasText: /共找到|没有找到/u }).waitFor();
  await page.waitForLoadState('networkidle');
  const { started, drawn, charted } = (await page.evaluate('({ started: window.started, drawn: window.drawn, charted: window.charted })')) as { started: number; drawn?: number; charted?: number };
  const figures = {
    status: (await status.textContent()) ?? '',
    pageBytes: (await Promise.all(pageSizes)).reduce((a, b) => a + b, 0),
    queryBytes: (await Promise.all(querySizes)).reduce((a, b) => a + b, 0),
    queryRequests: querySizes.length,
    firstResultMs: drawn === undefined ? Number.NaN : drawn - started,
    chartMs: charted === undefined ? Number.NaN : charted - started,
  };
  await context.close();
  return figures;
}

export async function measureSearches(browser: Browser, baseUrl: string, queries: readonly BenchQuery[] = benchQueries): Promise<SearchCost[]> {
  const measured: SearchCost[] = [];
  for (const query of queries) {
    const samples = [];
    for (let run = 0; run < runs; run += 1) samples.push(await once(browser, baseUrl, query));
    measured.push({
      label: query.label,
      query: query.words ?? `column ${query.chip}`,
      status: samples[0]!.status,
      pageBytes: median(samples.map((s) => s.pageBytes)),
      queryBytes: median(samples.map((s) => s.queryBytes)),
      queryRequests: median(samples.map((s) => s.queryRequests)),
      firstResultMs: median(samples.map((s) => s.firstResultMs)),
      chartMs: median(samples.map((s) => s.chartMs)),
    });
  }
  return measured;
}
