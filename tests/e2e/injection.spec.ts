/**
 * Nothing in the content can run script in a reader's browser. The site built from the hostile
 * fixture (tests/fixtures/content/hostile) is opened in Chromium: no dialog opens, no global is
 * set, the hostile markup is gone or shown as text, and the paragraphs around it still render.
 */
import { expect, test } from '@playwright/test';
import { hostilePort } from '../../playwright.config';

const site = `http://127.0.0.1:${hostilePort}`;

test('hostile Markdown and front-matter run no script and leave the story readable', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`${site}/articles/hostile-markup/`);
  await page.waitForLoadState('networkidle');
  // Give event handlers (onerror, onload, ontoggle, SMIL onbegin) every chance to fire.
  await page.mouse.move(200, 300);
  await page.waitForTimeout(1500);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

  const article = page.locator('article');
  // The only script is the page's own structured data, and the hostile title stays inside it.
  await expect(article.locator('script:not([type="application/ld+json"]), iframe, object, embed, form, svg, img, meta, details, [style]')).toHaveCount(0);
  const structured = JSON.parse((await article.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { headline?: string };
  expect(structured.headline).toBe("<script>window.__pwned = 'title'; alert('title')</script>标题里的脚本");
  for (const link of await article.locator('a[href]').all()) {
    expect(await link.getAttribute('href')).not.toMatch(/^\s*(javascript|data):/iu);
  }
  for (const element of await article.locator('*').all()) {
    const handlers = await element.evaluate((el) => el.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers).toEqual([]);
  }

  // Front-matter is text, shown as written.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("<script>window.__pwned = 'title'; alert('title')</script>标题里的脚本");
  await expect(article).toContainText('<img src=x onerror="window.__pwned = \'caption\'">图片说明');
  // The paragraphs around the hostile markup still render, in order.
  const paragraphs = await article.locator('.article-body p').allTextContents();
  expect(paragraphs[0]).toBe('第一段正文，在恶意标记之前。');
  expect(paragraphs.at(-1)).toBe('最后一段正文，在恶意标记之后。');
});

test('the hostile story in lists and page titles is text too', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const path of ['/', '/columns/shendu-guanzhu/', '/regions/35/', '/editions/2024-04-10/1/']) {
    await page.goto(`${site}${path}`);
    await page.waitForTimeout(300);
    await expect(page.getByRole('link', { name: /标题里的脚本/u }).first()).toBeVisible();
  }
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
});
