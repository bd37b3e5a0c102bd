/**
 * Search quality on the seed archive: for each query of tests/fixtures/search-queries.json, the
 * top five results are compared with the stories that answer it. Recall and precision at 5 are
 * printed as a table; every relevant story must be found (recall 1), and the mean precision is
 * held to what the engine reaches today so that a regression shows.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

interface QualityQuery {
  readonly query: string;
  readonly relevant: readonly string[];
}

const { queries } = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as { queries: QualityQuery[] };
const minimumMeanPrecision = 0.9;

test('search finds the stories that answer typical queries (recall and precision at 5)', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const rows: { query: string; recall: number; precision: number; top: string[] }[] = [];
  for (const { query, relevant } of queries) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const status = page.getByRole('region', { name: '搜索结果' }).locator('p[aria-live]');
    await expect(status).toHaveText(/共找到|没有找到/u);
    const top = (await page.getByRole('region', { name: '搜索结果' }).getByRole('heading', { level: 2 }).allTextContents()).slice(0, 5);
    const hits = top.filter((title) => relevant.includes(title)).length;
    rows.push({ query, recall: hits / relevant.length, precision: top.length ? hits / top.length : 0, top });
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const recall = mean(rows.map((r) => r.recall));
  const precision = mean(rows.map((r) => r.precision));
  const table = [
    'query | recall@5 | precision@5 | top results',
    ...rows.map((r) => `${r.query} | ${r.recall.toFixed(2)} | ${r.precision.toFixed(2)} | ${r.top.join(' / ')}`),
    `mean | ${recall.toFixed(2)} | ${precision.toFixed(2)} |`,
  ].join('\n');
  console.log(`\nSearch quality on the seed archive:\n${table}`);
  await testInfo.attach('search-quality.txt', { body: table, contentType: 'text/plain' });
  expect(rows.filter((r) => r.recall < 1).map((r) => r.query), 'queries that miss a relevant story').toEqual([]);
  expect(precision).toBeGreaterThanOrEqual(minimumMeanPrecision);
});
