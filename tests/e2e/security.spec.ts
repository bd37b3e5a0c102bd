import { expect, test } from '@playwright/test';

/**
 * Every page runs under its Content-Security-Policy without a violation: the framework's inline
 * scripts are allowed by their hashes, the search module runs, and nothing else would.
 */
const pages = ['/', '/articles/lu-wu-jintou-xin-you-guichu/', '/regions/35/', '/editions/2024-04-09/19/', '/search/?q=%E6%B8%B8%E5%BE%B7%E7%A5%A5'];

test('pages and search run under a strict policy with no violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/iu.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const path of pages) {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1] ?? '';
    expect(policy, path).toContain("script-src 'self' 'sha256-");
    expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
    await page.waitForLoadState('networkidle');
  }
  // The search page's results prove that its module ran under the policy.
  await expect(page.getByRole('region', { name: '搜索结果' }).getByRole('heading', { level: 2 })).toHaveText(['“路无尽头，心有归处”']);
  // Client-side navigation still works under the policy.
  await page.goto('/');
  await page.getByRole('heading', { level: 2, name: '金台潮声' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金台潮声');
  expect(violations).toEqual([]);
});
