import { expect, test } from '@playwright/test';

/**
 * 我的收藏 as another program (or a damaged profile) may leave it in this device's storage:
 * paths that would leave the site once the browser drops their tabs and line breaks, and a list
 * that is not whole. Nothing may lead off the site, and nothing the reader had may be lost.
 */
const good = { path: '/articles/lu-wu-jintou-xin-you-guichu/', title: '“路无尽头，心有归处”', column: '我是党员，我在岗位', edition: '人民日报 2024年4月9日 第19版', savedAt: '2026-12-01T08:00:00.000Z' };
const hostilePaths = ['/\t/evil.example/tab', '/\n/evil.example/nl', '/\r/evil.example/cr', '/\\evil.example/bs', 'https://evil.example/abs', '//evil.example/proto'];

test('a hostile or damaged 收藏 list: every link stays on the site, the damage is said, kept and can be cleared', async ({ page }) => {
  const stored = JSON.stringify([good, ...hostilePaths.map((path, index) => ({ ...good, path, title: `恶意${index}` }))]);
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('reader-saved', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, stored);
  await page.goto('/saved/');
  const list = page.locator('[data-saved-items]');
  await expect(list.getByRole('link')).toHaveText([good.title]);
  const origin = new URL(page.url()).origin;
  for (const href of await list.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) expect(new URL(href).origin).toBe(origin);
  const notice = page.getByText('收藏记录中有无法读取的部分');
  await expect(notice).toBeVisible();

  // Saving another story keeps the damaged text aside instead of overwriting it.
  await page.goto('/articles/yan-ming-jilv-yongquan/');
  await page.getByRole('button', { name: '收藏' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已收藏' })).toHaveText('已收藏；收藏记录中无法读取的部分已原样保留，可在“我的收藏”中清除');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('reader-saved-damaged') ?? '[]'))).toEqual([stored]);

  await page.goto('/saved/');
  await expect(list.getByRole('link')).toHaveCount(2);
  await page.getByRole('button', { name: '清除无法读取的部分' }).click();
  await expect(notice).toBeHidden();
  await expect(page.locator('[data-saved-status]')).toHaveText('已清除无法读取的收藏记录');
  expect(await page.evaluate(() => localStorage.getItem('reader-saved-damaged'))).toBeNull();
  await expect(list.getByRole('link')).toHaveCount(2);
});
