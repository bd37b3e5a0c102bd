import { expect, test } from '@playwright/test';

/** One page of every type; screenshots land in test-results/screenshots/ to be looked at. */
const pages = {
  home: '/',
  article: '/articles/quanzhou-ganbu-dandang/',
  'article-figures': '/articles/lu-wu-jintou-xin-you-guichu/',
  column: '/columns/shendu-guanzhu/',
  regions: '/regions/',
  region: '/regions/35/',
  edition: '/editions/2024-04-09/19/',
  editions: '/editions/',
  series: '/series/tizhen-dangyuan-ganbu-ganshi-chuangye-jingqishen/',
  search: '/search/?q=%E5%85%9A%E5%91%98%E5%B9%B2%E9%83%A8&region=35',
} as const;

for (const [name, path] of Object.entries(pages)) {
  test(`${name} fits the screen without sideways scrolling, down to 320 px`, async ({ page }, testInfo) => {
    await page.goto(path);
    if (name === 'search') await expect(page.getByRole('region', { name: '搜索结果' }).getByRole('heading', { level: 2 })).toHaveCount(1);
    await page.screenshot({ path: `test-results/screenshots/${testInfo.project.name}-${name}.png`, fullPage: true });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
}

test('the article body is set as Chinese print: two-character indent, generous line height', async ({ page }) => {
  await page.goto(pages.article);
  const paragraph = page.locator('.article-body p').first();
  const style = await paragraph.evaluate((p) => {
    const css = getComputedStyle(p);
    return { indent: parseFloat(css.textIndent) / parseFloat(css.fontSize), leading: parseFloat(css.lineHeight) / parseFloat(css.fontSize) };
  });
  expect(style.indent).toBeCloseTo(2, 1);
  expect(style.leading).toBeGreaterThanOrEqual(1.7);
});

test('dark mode keeps the reader on a dark page with light text', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(pages.article);
  const [background, text] = await page.evaluate(() => {
    const css = getComputedStyle(document.body);
    return [css.backgroundColor, css.color];
  });
  const brightness = (rgb: string) => rgb.match(/\d+/gu)!.slice(0, 3).reduce((sum, v) => sum + Number(v), 0) / 3;
  expect(brightness(background)).toBeLessThan(60);
  expect(brightness(text)).toBeGreaterThan(180);
});

test('printing shows the article and its edition line, not the site navigation', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(pages.article);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '人民日报 2024年4月9日 第19版' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('region', { name: '相关报道' })).toBeHidden();
});
