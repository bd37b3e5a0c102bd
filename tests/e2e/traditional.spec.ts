/**
 * 简 / 繁 in Chromium against the built site. The truth is opencc-js's full s2tw conversion of
 * each text the page prints (lib/build/export/traditional-dictionary.ts), computed here in Node:
 * the page, converting with the few entries the export cut for it, must write the same.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fullTraditional } from '../../lib/build/export/traditional-dictionary';
import { layoutShiftWithin } from '../support/layout-shift';

const article = '/articles/quanzhou-ganbu-dandang/';
const otherArticle = '/articles/lu-wu-jintou-xin-you-guichu/';
const printedCitation = '刘晓宇.增强干部“会担当”“重担当”“敢担当”的能力本领[N].人民日报,2024-04-09(19).';

/** Every text node of the page that is not inside an element with its own lang, in order. */
const textsOf = (page: Page) =>
  page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[lang], script, style')) continue;
      if (/\p{Script=Han}/u.test(node.nodeValue ?? '')) texts.push(node.nodeValue!);
    }
    return texts;
  });

const switchTo = (page: Page, name: '繁體中文' | '简体中文（原文）' | '簡體中文（原文）') =>
  page.getByRole('contentinfo').getByRole('button', { name }).click();

const isTraditional = (page: Page) => page.waitForFunction(() => document.documentElement.lang === 'zh-Hant' && !document.documentElement.classList.contains('hant-pending'));

test('繁 converts the whole page as OpenCC does, keeps the citation as printed, and 简 brings the printed text back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(article);
  const printed = await textsOf(page);
  const printedTitle = await page.title();
  await page.getByRole('group', { name: '简繁' }).first().getByRole('button', { name: '繁體中文' }).click();
  await isTraditional(page);
  expect(await textsOf(page)).toEqual(printed.map(fullTraditional));
  expect(await page.title()).toBe(fullTraditional(printedTitle));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('增強幹部“會擔當”“重擔當”“敢擔當”的能力本領');
  await expect(page.getByRole('navigation', { name: '主導航' })).toContainText('全部欄目地區往期版面檢索篩選');
  await expect(page.getByRole('contentinfo')).toContainText('文章來源：人民日報');
  // The citation quotes the paper, and what is copied is what was printed.
  await expect(page.getByRole('region', { name: '引用本文' }).locator('p[lang]')).toHaveText(printedCitation);
  await page.getByRole('button', { name: '複製引用' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(printedCitation);
  await page.getByRole('button', { name: '分享 / 複製鏈接' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:3000/articles/quanzhou-ganbu-dandang/');
  await expect(page.getByRole('status').filter({ hasText: '已複製' })).toHaveCount(1);

  await switchTo(page, '簡體中文（原文）');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The status line a script wrote while 繁 was on comes back as the script wrote it.
  expect((await textsOf(page)).filter((text) => !text.includes('已复制'))).toEqual(printed);
  expect(await page.title()).toBe(printedTitle);
});

test('the choice is remembered: a later page is never painted in simplified characters', async ({ page }) => {
  await page.goto(article);
  await switchTo(page, '繁體中文');
  await isTraditional(page);
  // From the first frame of the next page on, record whether simplified text was visible.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { framesSeen: string[] }).framesSeen = seen;
    const frame = () => {
      const body = document.body;
      if (body && getComputedStyle(body).visibility === 'visible' && /[党干这会们]/u.test(body.innerText)) seen.push(body.innerText.slice(0, 40));
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(otherArticle);
  await isTraditional(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“路無盡頭，心有歸處”');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => (window as unknown as { framesSeen: string[] }).framesSeen)).toEqual([]);
  // The control's own labels are converted with the page.
  await expect(page.getByRole('group', { name: '簡繁' }).first().getByRole('button', { name: '繁體中文' })).toHaveAttribute('aria-pressed', 'true');
});

test('a traditional page does not shift as it is converted, and has no WCAG 2.1 A/AA violations', async ({ page }) => {
  await page.goto(article);
  await switchTo(page, '繁體中文');
  await page.goto(otherArticle);
  await isTraditional(page);
  const shift = await layoutShiftWithin(page, 800);
  expect(shift).toBeLessThan(0.005);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('search results arrive in traditional characters, each converted with its own article’s dictionary', async ({ page }) => {
  await page.goto('/');
  await switchTo(page, '繁體中文');
  await isTraditional(page);
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  await isTraditional(page);
  const results = page.getByRole('region', { name: '搜索結果' });
  await expect(results.getByRole('heading', { level: 2 }).first()).toBeVisible();
  const titles = await results.getByRole('heading', { level: 2 }).allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(title).toBe(fullTraditional(title));
  expect(titles.join('')).not.toMatch(/[党员这会们]/u);
  // The reader's own words stay as typed.
  await expect(page.locator('#search-query')).toHaveValue('党员');
});

test('我的收藏 lists saved stories in traditional characters, each title converted with its article’s dictionary', async ({ page }) => {
  await page.goto(otherArticle);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
  await page.getByRole('button', { name: '收藏' }).click();
  await switchTo(page, '繁體中文');
  await isTraditional(page);
  await page.goto('/saved/');
  await isTraditional(page);
  const item = page.getByRole('region', { name: '我的收藏' }).getByRole('listitem');
  await expect(item.getByRole('heading')).toHaveText(fullTraditional(title));
  await expect(item).toContainText(fullTraditional('人民日报 2024年4月9日 第19版'));
  await expect(item).toContainText('收藏於');
  await expect(page.getByRole('region', { name: '我的收藏' }).getByRole('status')).toHaveText('共 1 篇，保存在本機，離線也可閱讀。');
});

test('when the converter cannot be fetched, the page shows as printed instead of staying blank', async ({ page }) => {
  await page.goto(article);
  await switchTo(page, '繁體中文');
  await isTraditional(page);
  await page.route('**/zh-hant.txt', (route) => route.abort());
  await page.goto(otherArticle);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('group', { name: '简繁' }).first().getByRole('button', { name: '简体中文（原文）' })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the 简繁 control is not shown', async ({ page }) => {
    await page.goto(article);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('group', { name: '简繁' })).toHaveCount(0);
  });
});
