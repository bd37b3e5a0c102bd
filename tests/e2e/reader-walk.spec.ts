import { expect, test } from '@playwright/test';

test('a reader walks from the home page through a column, an article, its region, related and neighbouring stories to the edition', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('人民日报 2024年4月9日 第19版');

  // Home → a column.
  await page.getByRole('heading', { level: 2, name: '深度关注' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/columns\/shendu-guanzhu\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('深度关注');

  // Column → an article.
  await page.getByRole('link', { name: '增强干部“会担当”“重担当”“敢担当”的能力本领' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('增强干部“会担当”“重担当”“敢担当”的能力本领');
  await expect(page.getByText('福建省泉州市完善落实激励干部担当作为政策措施——')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '面包屑' })).toContainText('首页›深度关注›增强干部');
  await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link')).toHaveText(['实训实干', '选树典型', '严管厚爱']);

  // The table of contents jumps to its section.
  await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '选树典型' }).click();
  await expect(page).toHaveURL(/#section-/u);
  await expect(page.getByRole('heading', { level: 2, name: '选树典型' })).toBeInViewport();

  // Article → one of its regions: the city page lists the story about its county too.
  await page.getByRole('navigation', { name: '报道地区' }).getByRole('link', { name: '鲤城区' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('福建省泉州市鲤城区');
  await page.getByRole('navigation', { name: '面包屑' }).getByRole('link', { name: '福建省' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('福建省');
  await expect(page.getByRole('link', { name: '增强干部“会担当”“重担当”“敢担当”的能力本领' })).toBeVisible();
  await page.getByRole('link', { name: '增强干部“会担当”“重担当”“敢担当”的能力本领' }).click();

  // Article → a related story, which says why it is related.
  const related = page.getByRole('region', { name: '相关报道' });
  await expect(related).toContainText('编辑推荐');
  await related.getByRole('link', { name: '以严明纪律规范党员干部履职用权' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('以严明纪律规范党员干部履职用权');

  // → the next story on the same printed page.
  await page.getByRole('navigation', { name: '同版文章' }).getByRole('link', { name: /下一篇/u }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“路无尽头，心有归处”');
  await expect(page.getByRole('figure')).toHaveCount(2);
  await expect(page.getByRole('figure').first()).toContainText('游德祥在检查车辆。');

  // → the edition page: the printed page's stories in order.
  await page.getByRole('link', { name: '人民日报 2024年4月9日 第19版' }).click();
  await expect(page).toHaveURL(/\/editions\/2024-04-09\/19\/$/u);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    '增强干部“会担当”“重担当”“敢担当”的能力本领',
    '以严明纪律规范党员干部履职用权',
    '“路无尽头，心有归处”',
    '党建联盟助力企业发展',
  ]);
});

test('an unknown address shows the Chinese 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/articles/no-such-story/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/\/$/u);
});
