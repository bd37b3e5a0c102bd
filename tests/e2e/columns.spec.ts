/**
 * The archive as it grows into many columns: the scale site's generated archive registers 40
 * (the seed's three always on, the others each running for a stretch and then stopping).
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { expect, test } from '@playwright/test';
import { scalePort } from '../../playwright.config';

const site = `http://127.0.0.1:${scalePort}`;
const registry = yaml.load(readFileSync('test-results/scale-archive/columns.yaml', 'utf8')) as { columns: { name: string; slug: string; until?: string }[] };

test('全部栏目 lists every registered column with its description, count and dates, those still running first', async ({ page }) => {
  await page.goto(`${site}/columns/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部栏目');
  const running = page.getByRole('region', { name: /^仍在刊出/u });
  const ended = page.getByRole('region', { name: /^已停刊/u });
  const stopped = registry.columns.filter((column) => column.until);
  await expect(running.getByRole('heading', { level: 3 })).toHaveCount(registry.columns.length - stopped.length);
  await expect(ended.getByRole('heading', { level: 3 })).toHaveCount(stopped.length);
  await expect(running.getByRole('heading', { level: 3 }).first()).toHaveText('深度关注');
  await expect(running.getByText('围绕一个主题连续刊发的系列深度报道。')).toBeVisible();
  // Each column's count is the number of its stories on its own pages.
  const first = registry.columns.find((column) => column.until)!;
  const item = ended.getByRole('listitem').filter({ has: page.getByRole('link', { name: first.name, exact: true }) });
  const count = Number(/(\d+)篇/u.exec((await item.textContent()) ?? '')?.[1]);
  await item.getByRole('link', { name: first.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name);
  await expect(page.locator('main article, main li h2, main li h3').first()).toBeVisible();
  expect(count).toBeGreaterThan(0);
  const feed = await page.request.get(`${site}/columns/${first.slug}/feed.xml`);
  expect(feed.status()).toBe(200);
  expect((await feed.text()).match(/<item>/gu)?.length).toBe(Math.min(count, 50));
});

test('the header reaches every page on a phone without hidden sideways scrolling, and names 全部栏目, not each column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${site}/`);
  const header = page.getByRole('banner').getByRole('navigation');
  await expect(header.getByRole('link')).toHaveText(['全部栏目', '地区', '往期版面', '检索筛选', '我的收藏']);
  for (const box of await header.getByRole('link').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the home page offers 40 columns as one picker that opens the filtered view', async ({ page }) => {
  await page.goto(`${site}/`);
  const bar = page.getByRole('navigation', { name: '筛选文章' });
  const picker = bar.getByRole('combobox', { name: '栏目' });
  await expect(picker.locator('option')).toHaveCount(registry.columns.length + 1);
  await picker.selectOption({ label: registry.columns[5]!.name });
  await expect(page).toHaveURL(new RegExp(`/search/\\?column=${registry.columns[5]!.slug}$`, 'u'));
});

test('the search page offers 40 columns as one picker with counts, kept in the URL', async ({ page }) => {
  const column = registry.columns[1]!;
  await page.goto(`${site}/search/?q=${encodeURIComponent('党员')}`);
  const picker = page.getByRole('combobox', { name: '栏目' });
  await expect(page.getByRole('group', { name: '栏目' })).toBeHidden();
  await expect(picker.locator('option', { hasText: new RegExp(`^${column.name}（\\d+篇）$`, 'u') })).toHaveCount(1);
  const label = (await picker.locator('option', { hasText: column.name }).first().textContent())!;
  const count = Number(/（(\d+)篇）/u.exec(label)![1]);
  await picker.selectOption(column.slug);
  await expect(page).toHaveURL(new RegExp(`column=${column.slug}`, 'u'));
  await expect(page.getByRole('region', { name: '搜索结果' }).locator('p[aria-live]')).toHaveText(count > 0 ? `共找到${count}篇文章` : '没有找到符合条件的文章。');
  await page.reload();
  await expect(picker).toHaveValue(column.slug);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the column picker is a link to the list of every column', async ({ page }) => {
    await page.goto(`${site}/`);
    const bar = page.getByRole('navigation', { name: '筛选文章' });
    await expect(bar.getByRole('combobox', { name: '栏目' })).toBeHidden();
    await bar.getByRole('link', { name: `全部栏目（${registry.columns.length}）` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部栏目');
    await page.goto(`${site}/search/`);
    await expect(page.getByRole('navigation', { name: '按栏目浏览' }).getByRole('link', { name: `全部栏目（${registry.columns.length}）` })).toHaveAttribute('href', '/columns/');
  });
});

test('the seed site keeps its three columns as chips', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: '筛选文章' }).getByRole('link')).toHaveText(['深度关注', '金台潮声', '我是党员，我在岗位']);
});
