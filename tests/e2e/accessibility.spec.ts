import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** One page of every type, as a reader reaches it. */
const pages = {
  home: '/',
  'article with figures': '/articles/lu-wu-jintou-xin-you-guichu/',
  'article with sections': '/articles/quanzhou-ganbu-dandang/',
  column: '/columns/shendu-guanzhu/',
  'region index': '/regions/',
  region: '/regions/35/',
  edition: '/editions/2024-04-09/19/',
  'edition archive': '/editions/',
  series: '/series/tizhen-dangyuan-ganbu-ganshi-chuangye-jingqishen/',
  'search with results': '/search/?q=%E5%85%9A%E5%91%98%E5%B9%B2%E9%83%A8&column=shendu-guanzhu&region=35',
  'search compared, by date, with its chart': `/search/?q=${encodeURIComponent('党建联盟 | 货车司机')}&from=2024`,
  '我的收藏': '/saved/',
  offline: '/offline/',
  '404': '/no-such-page/',
} as const;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

async function ready(page: Page, name: string) {
  if (!name.startsWith('search')) return;
  // The results and the chart drawn: what a reader of the view sees and a screen reader reads.
  await expect(page.getByRole('region', { name: '搜索结果' }).locator('li').first()).toBeVisible();
  await expect(page.getByRole('region', { name: '结果的时间分布' }).locator('svg').first()).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of Object.entries(pages)) {
      test(`${name} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        await ready(page, name);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test('a keyboard user can skip to the content and sees where the focus is', async ({ page }) => {
  await page.goto('/articles/quanzhou-ganbu-dandang/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/u);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  const outline = await focused.evaluate((element) => {
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
  expect(outline).toBe(true);
});

test('the accessibility check catches planted defects: an image without alt text, faint text', async ({ page }) => {
  await page.goto('/');
  await page.setContent('<main><h1>缺陷</h1><img src="/icon.svg"><p style="color:#ddd;background:#fff">看不清的文字</p></main>');
  const found = await violations(page);
  expect(found.some((v) => v.startsWith('image-alt:'))).toBe(true);
  expect(found.some((v) => v.startsWith('color-contrast:'))).toBe(true);
});
