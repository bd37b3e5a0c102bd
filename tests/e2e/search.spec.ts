import { expect, test, type Page } from '@playwright/test';

const titles = {
  quanzhou: '增强干部“会担当”“重担当”“敢担当”的能力本领',
  discipline: '以严明纪律规范党员干部履职用权',
  driver: '“路无尽头，心有归处”',
  longyao: '党建联盟助力企业发展',
} as const;

const results = (page: Page) => page.getByRole('region', { name: '搜索结果' });
const resultTitles = (page: Page) => results(page).getByRole('heading', { level: 2 });
const status = (page: Page) => results(page).locator('p[aria-live]');

test.describe('combined filters', () => {
  test('深度关注 × 福建省 gives one story, and the URL keeps the view', async ({ page }) => {
    await page.goto('/search/?column=shendu-guanzhu&region=35');
    await expect(status(page)).toHaveText('共找到1篇文章');
    await expect(resultTitles(page)).toHaveText([titles.quanzhou]);
    await expect(page.getByRole('button', { name: /深度关注/u })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('combobox', { name: '省份' })).toHaveValue('35');
    // Each chip counts its column's stories within the chosen region.
    await expect(page.getByRole('group', { name: '栏目' }).getByRole('button')).toHaveText(['深度关注1篇', '金台潮声0篇', '我是党员，我在岗位0篇']);
  });

  test('金台潮声 × 福建省 gives none, says so, and offers a way back', async ({ page }) => {
    await page.goto('/search/?column=shendu-guanzhu&region=35');
    await page.getByRole('button', { name: /金台潮声/u }).click();
    await expect(page).toHaveURL(/column=jintai-chaosheng/u);
    await expect(status(page)).toHaveText('没有找到符合条件的文章。');
    await page.getByRole('button', { name: '清除筛选，在全部文章中查找' }).click();
    await expect(page).toHaveURL(/\/search\/$/u);
    await expect(status(page)).toContainText('输入关键词');
  });

  test('河北省 from the home page finds the 隆尧 story', async ({ page }) => {
    await page.goto('/');
    const picker = page.getByRole('navigation', { name: '筛选文章' }).getByRole('combobox', { name: '省份' });
    await picker.focus();
    await expect(picker.locator('option', { hasText: '河北省' })).toHaveCount(1);
    await picker.selectOption('13');
    await expect(page).toHaveURL(/\/search\/\?region=13$/u);
    await expect(resultTitles(page)).toHaveText([titles.longyao]);
  });

  test('a city narrows within its province: province → city → county', async ({ page }) => {
    await page.goto('/search/?region=35');
    await page.getByRole('combobox', { name: '城市' }).selectOption('3505');
    await page.getByRole('combobox', { name: '区县' }).selectOption('350502');
    await expect(page).toHaveURL(/region=350502/u);
    await expect(resultTitles(page)).toHaveText([titles.quanzhou]);
  });

  test('an unknown column or region in the URL shows an empty result with a way back, not an error', async ({ page }) => {
    await page.goto('/search/?column=no-such-column');
    await expect(status(page)).toHaveText('没有找到符合条件的文章：栏目“no-such-column”不存在。');
    await page.goto('/search/?region=999999');
    await expect(status(page)).toHaveText('没有找到符合条件的文章：地区代码“999999”没有报道。');
    await expect(page.getByRole('button', { name: '清除筛选，在全部文章中查找' })).toBeVisible();
  });

  test('works with the keyboard: type, toggle a chip, clear', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('searchbox', { name: '搜索文章' }).last().focus();
    await page.keyboard.type('党员干部');
    await page.keyboard.press('Enter');
    await expect(resultTitles(page)).toHaveCount(2);
    await page.keyboard.press('Tab'); // the search button
    await expect(page.getByRole('button', { name: '搜索', exact: true }).last()).toBeFocused();
    await page.keyboard.press('Tab'); // the quick choice of dates, then the dates themselves
    await expect(page.getByRole('combobox', { name: '时间' })).toBeFocused();
    await page.getByRole('button', { name: /深度关注/u }).focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/q=%E5%85%9A.*column=shendu-guanzhu/u);
    await expect(resultTitles(page)).toHaveText([titles.quanzhou]);
    await page.getByRole('button', { name: '清除筛选' }).focus();
    await page.keyboard.press('Enter');
    await expect(resultTitles(page)).toHaveCount(2);
  });

  test('the browser back button returns to the previous filter', async ({ page }) => {
    await page.goto('/search/?region=35');
    await page.getByRole('button', { name: /深度关注/u }).click();
    await expect(page).toHaveURL(/column=shendu-guanzhu/u);
    await page.goBack();
    await expect(page).toHaveURL(/\/search\/\?region=35$/u);
    await expect(page.getByRole('button', { name: /深度关注/u })).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter controls are links to the static column and region pages', async ({ page }) => {
    await page.goto('/');
    const filters = page.getByRole('navigation', { name: '筛选文章' });
    await expect(filters.getByRole('link', { name: '深度关注' })).toHaveAttribute('href', '/columns/shendu-guanzhu/');
    await filters.getByRole('link', { name: '按地区' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('按地区浏览');
  });
});

test.describe('full-text search', () => {
  test('the header search box finds 游德祥 and marks the words in the passage', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('searchbox', { name: '搜索文章' }).fill('游德祥');
    await page.getByRole('banner').getByRole('button', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=/u);
    await expect(resultTitles(page)).toHaveText([titles.driver]);
    await expect(results(page).locator('mark').first()).toBeVisible();
    await expect(results(page)).toContainText('我是党员，我在岗位 · 人民日报 2024年4月9日 第19版');
    await results(page).getByRole('link', { name: titles.driver }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.driver);
  });

  test('a query in traditional characters or with half-width punctuation still finds the story', async ({ page }) => {
    await page.goto('/search/?q=黨建聯盟');
    await expect(resultTitles(page)).toHaveText([titles.longyao]);
    await expect(status(page)).toContainText('已按简体“党建联盟”检索');
    await page.goto(`/search/?q=${encodeURIComponent('游德祥!,')}`);
    await expect(resultTitles(page)).toHaveText([titles.driver]);
  });

  test('no match says so', async ({ page }) => {
    await page.goto('/search/?q=量子计算机');
    // Pagefind alone would match 机 in 手机 and 机制: the search checks every word.
    await expect(status(page)).toHaveText('没有找到符合条件的文章。');
  });
});

test.describe('ranking and reading', () => {
  test('title matches come first; 最新 sorts by date and stays in the URL', async ({ page }) => {
    await page.goto('/search/?q=党建联盟');
    await expect(resultTitles(page).first()).toHaveText(titles.longyao);
    const sort = page.getByRole('group', { name: '排序' });
    await expect(sort.getByRole('button', { name: '相关度' })).toHaveAttribute('aria-pressed', 'true');
    await sort.getByRole('button', { name: '最新' }).click();
    await expect(page).toHaveURL(/sort=newest/u);
    await expect(sort.getByRole('button', { name: '最新' })).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
    await expect(sort.getByRole('button', { name: '相关度' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a result opens its article with the words marked and in view, and the address left clean', async ({ page }) => {
    await page.goto('/search/?q=木兰溪');
    await results(page).getByRole('link', { name: titles.quanzhou }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.quanzhou);
    const marks = page.locator('article mark');
    await expect(marks.first()).toHaveText('木兰溪');
    await expect(marks.first()).toBeInViewport();
    await expect(page).toHaveURL(/\/articles\/quanzhou-ganbu-dandang\/$/u);
  });
});

test.describe('careless and hostile queries', () => {
  test('markup and script in a query are shown as text and never run', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const query = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(status(page)).toHaveText('没有找到符合条件的文章。');
    await expect(page.getByRole('searchbox', { name: '搜索文章' }).last()).toHaveValue(query);
    await expect(page.locator('main img')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('only punctuation, emoji, or 2,000 characters: a clear answer, nothing thrown', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`/search/?q=${encodeURIComponent('！？。，……')}`);
    await expect(status(page)).toHaveText('检索词中没有可检索的文字（标点和符号不参与检索）。');
    await page.goto(`/search/?q=${encodeURIComponent('😀游德祥😀')}`);
    await expect(resultTitles(page)).toHaveText([titles.driver]);
    // Typed or pasted: an address that long is refused by many servers before the page loads.
    const box = page.getByRole('searchbox', { name: '搜索文章' }).last();
    await box.fill('党'.repeat(2000));
    await box.press('Enter');
    await expect(status(page)).toHaveText('没有找到符合条件的文章。');
    expect(errors).toEqual([]);
  });

  test('a 100 KB address is answered at once: search and the highlighter read only its first 2,000 characters', async ({ page }) => {
    // 20,000 different words: the old word de-duplication compared each with all before it.
    const long = Array.from({ length: 20_000 }, (_, index) => `词${index}`).join(' ');
    expect(long.length).toBeGreaterThan(100_000);
    // serve refuses such an address (Node's 16 KB header limit); a host that accepts it sends the page.
    await page.route((url) => url.search.length > 16_000, (route) =>
      route.fulfill({ path: new URL(route.request().url()).pathname.startsWith('/search/') ? 'out/search/index.html' : 'out/articles/lu-wu-jintou-xin-you-guichu/index.html', contentType: 'text/html; charset=utf-8' }),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/search/?q=${encodeURIComponent(long)}`);
    await expect(status(page)).toHaveText('没有找到符合条件的文章。');
    expect((await page.getByRole('searchbox', { name: '搜索文章' }).last().inputValue()).length).toBeLessThanOrEqual(2000);
    await page.goto(`/articles/lu-wu-jintou-xin-you-guichu/?hl=${encodeURIComponent(`游德祥 ${long}`)}`);
    await expect(page).toHaveURL(/\/articles\/lu-wu-jintou-xin-you-guichu\/$/u);
    await expect(page.locator('article mark').first()).toHaveText('游德祥');
    expect(errors).toEqual([]);
  });

  test('an index that fails to load says so and offers the static pages instead', async ({ page }) => {
    await page.route('**/search-index/**', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto('/search/?q=游德祥');
    await expect(status(page)).toHaveText('检索暂时不可用，请稍后再试。');
    await expect(results(page).getByRole('link', { name: '深度关注' })).toHaveAttribute('href', '/columns/shendu-guanzhu/');
    await expect(results(page).getByRole('link', { name: '按地区浏览' })).toHaveAttribute('href', '/regions/');
  });
});
