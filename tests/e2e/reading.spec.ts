import { expect, test } from '@playwright/test';
import { layoutShiftWithin } from '../support/layout-shift';

const article = '/articles/quanzhou-ganbu-dandang/';

test('the chosen text size is kept across pages and applied before the page paints', async ({ page }) => {
  await page.goto(article);
  const body = page.locator('.reader-text');
  const medium = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '字号大' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '字号大' })).toHaveAttribute('aria-pressed', 'true');
  expect(await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(medium);

  await page.getByRole('navigation', { name: '同版文章' }).getByRole('link', { name: /下一篇/u }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('以严明纪律规范党员干部履职用权');
  await page.reload();
  // Set by the head script, before any React code runs: no jump in size after loading.
  expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('large');
  await expect(page.getByRole('button', { name: '字号大' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.locator('.reader-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(medium);
});

test('copy link and copy citation say they did, and copy the right text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // Chromium has the Web Share API; here the fallback, copying the link, is what is tested.
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto(article);
  await page.getByRole('button', { name: '分享 / 复制链接' }).click();
  const shareStatus = page.getByRole('status').filter({ hasText: '已复制' });
  await expect(shareStatus).toHaveText('链接已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:3000/articles/quanzhou-ganbu-dandang/');
  await page.getByRole('button', { name: '复制引用' }).click();
  await expect(shareStatus).toHaveText('引用已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('刘晓宇.增强干部“会担当”“重担当”“敢担当”的能力本领[N].人民日报,2024-04-09(19).');
});

test('the article names its source: the original page of the paper and a back-to-top link', async ({ page }) => {
  await page.goto(article);
  await expect(page.getByRole('link', { name: '查看人民日报电子版原版' })).toHaveAttribute('href', 'http://paper.people.com.cn/rmrb/html/2024-04/09/nbs.D110000renmrb_19.htm');
  await page.getByRole('link', { name: '回到顶部 ↑' }).click();
  await expect(page).toHaveURL(/#main$/u);
});

test('the printed article carries its edition line and its address', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(article);
  await expect(page.getByText('本文链接：http://localhost:3000/articles/quanzhou-ganbu-dandang/')).toBeVisible();
  await expect(page.getByRole('link', { name: '人民日报 2024年4月9日 第19版' })).toBeVisible();
  await expect(page.getByRole('group', { name: '字号' })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('offers no buttons that cannot work, and still shows the citation and the text', async ({ page }) => {
    await page.goto(article);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('group', { name: '字号' })).toBeHidden();
    await expect(page.getByRole('button', { name: '复制引用' })).toBeHidden();
    await expect(page.getByRole('region', { name: '引用本文' })).toContainText('人民日报,2024-04-09(19)');
  });
});

test('the reading tools are laid out from the first paint: the text does not move when they start working', async ({ page }) => {
  // A slow network: the enhancement script arrives well after the page has been painted.
  await page.route('**/_static/enhance.*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto(article);
  await expect(page.getByRole('group', { name: '字号' })).toBeVisible();
  const shift = await layoutShiftWithin(page, 1500);
  expect(shift).toBeLessThan(0.005);
});
