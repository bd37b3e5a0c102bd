/**
 * The site as it grows: a generated archive of 300 articles with a page added by `npm run
 * import` (built by `npm run build:scale`). A reader finds the new page on the home page, reads
 * its stories, follows a region, pages through a long column, browses the archive by month and
 * searches it; every page stays plain HTML.
 */
import { expect, test, type Page } from '@playwright/test';
import { scalePort } from '../../playwright.config';

const site = `http://127.0.0.1:${scalePort}`;

function failOnErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a page printing three new columns leads the home page under its four headings, each new column with its page and feed', async ({ page }) => {
  const errors = failOnErrors(page);
  await page.goto(`${site}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('人民日报 2024年5月21日 第11版');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(['组工视点', '金台潮声', '身边的共产党员', '一线见闻', '浏览全部文章']);
  for (const [name, slug, title] of [['组工视点', 'zugong-shidian', '“减”出干事创业新空间'], ['身边的共产党员', 'shenbian-de-gongchan-dangyuan', '“群众的事就是我的事”'], ['一线见闻', 'yixian-jianwen', '山村来了“流动党课”']] as const) {
    await main.getByRole('heading', { level: 2, name }).getByRole('link').click();
    await expect(page).toHaveURL(`${site}/columns/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
    const feed = await page.request.get(`${site}/columns/${slug}/feed.xml`);
    expect(await feed.text()).toContain(`<title>${title}</title>`);
    await page.goBack();
  }
  expect(errors).toEqual([]);
});

test('the imported page reads as printed', async ({ page }) => {
  const errors = failOnErrors(page);
  await page.goto(`${site}/editions/2024-05-20/11/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('人民日报 2024年5月20日 第11版');
  for (const title of ['让群众的小事有人管', '“守好群众身边的‘小药箱’”', '“小区议事会”议出大变化', '社区食堂开进老街巷']) {
    await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
  }

  await page.getByRole('main').getByRole('link', { name: '“守好群众身边的‘小药箱’”' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“守好群众身边的‘小药箱’”');
  await expect(page.getByText('——记浙江省杭州市西湖区社区医生陈丽华')).toBeVisible();
  await expect(page.getByText('本报记者 王明 李芳')).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(2);
  await expect(page.getByRole('figure').last()).toContainText('本报记者 王明摄');
  await expect(page.getByRole('main')).toContainText('去年累计接诊1,200余人次，获得居民一致好评。');

  await page.getByRole('navigation', { name: '报道地区' }).getByRole('link', { name: '西湖区' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('浙江省杭州市西湖区');
  await expect(page.getByRole('link', { name: '“守好群众身边的‘小药箱’”' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a long column pages through its stories, newest first: the newest on its own page, then fixed pages of twenty from the oldest', async ({ page }) => {
  await page.goto(`${site}/columns/shendu-guanzhu/`);
  const main = page.getByRole('main');
  const stories = main.getByRole('article');
  const pages = page.getByRole('navigation', { name: '分页' });
  await expect(stories.first()).toContainText('“小区议事会”议出大变化');
  const [, total, shown] = /共(\d+)篇，此页为最新(\d+)篇/u.exec((await main.textContent()) ?? '')!.map(Number);
  await expect(stories).toHaveCount(shown!);
  expect(shown).toBeGreaterThanOrEqual(20);
  expect(shown).toBeLessThan(40);
  // The page before the newest stories: the last whole block of twenty, counted from the oldest.
  const last = (total! - shown!) / 20;
  await pages.getByRole('link', { name: '更早' }).click();
  await expect(page).toHaveURL(new RegExp(`/columns/shendu-guanzhu/page/${last}/$`, 'u'));
  await expect(main).toContainText(`第${last}页：按刊出先后第${(last - 1) * 20 + 1}—${last * 20}篇`);
  await expect(stories).toHaveCount(20);
  await expect(stories.first()).not.toContainText('“小区议事会”');
  if (last > 1) await pages.getByRole('link', { name: '第1页' }).click();
  await expect(main).toContainText('第1页：按刊出先后第1—20篇');
  await expect(pages.getByText('1', { exact: true })).toHaveAttribute('aria-current', 'page');
  await pages.getByRole('link', { name: '最新一页' }).click();
  await expect(page).toHaveURL(/\/columns\/shendu-guanzhu\/$/u);
});

test('the archive lists every month, and a story from years ago is one click from it', async ({ page }) => {
  await page.goto(`${site}/editions/`);
  await expect(page.getByRole('main')).toContainText('2024年5月');
  await expect(page.getByRole('main')).toContainText('2019年1月');
  await page.getByRole('main').getByRole('link', { name: '2019年1月', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2019年1月');
  await page.getByRole('main').getByRole('link').filter({ hasText: /（\d+）$/u }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/（\d+）$/u);
  // Plain HTML: no framework runtime, the text not shipped twice.
  const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src')));
  expect(scripts.every((src) => src?.startsWith('/_static/enhance.'))).toBe(true);
});

test('search finds an imported story among the generated ones', async ({ page }) => {
  await page.goto(`${site}/search/?q=${encodeURIComponent('小药箱')}`);
  const results = page.getByRole('region', { name: '搜索结果' });
  await expect(results.getByRole('link', { name: '“守好群众身边的‘小药箱’”' })).toBeVisible({ timeout: 15_000 });
});

test('a province filter counts as many stories as the region tree does', async ({ page }) => {
  // The region tree counts each province's stories from the content; search must count as many.
  await page.goto(`${site}/regions/`);
  const provinces = await page.locator('a[href^="/regions/"] + span').evaluateAll((spans) =>
    spans
      .map((span) => ({ href: span.previousElementSibling!.getAttribute('href')!, count: Number(/（(\d+)篇）/u.exec(span.textContent ?? '')?.[1]) }))
      .filter(({ href }) => /^\/regions\/\d{2}\/$/u.test(href)),
  );
  const { href, count: stories } = provinces.sort((a, b) => b.count - a.count)[0]!;
  const province = href.split('/')[2]!;
  expect(stories).toBeGreaterThan(1);
  await page.goto(`${site}/search/?region=${province}`);
  await expect(page.getByRole('region', { name: '搜索结果' }).locator('p[aria-live]')).toHaveText(`共找到${stories}篇文章`, { timeout: 15_000 });
});
