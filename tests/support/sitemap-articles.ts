/** The article pages a site lists, read as a crawler reads them: the sitemap index, then each of its parts. */
import type { Page } from '@playwright/test';

export async function sitemapArticleUrls(page: Page, site: string): Promise<string[]> {
  await page.goto(`${site}/`);
  return page.evaluate(async () => {
    const index = await (await fetch('/sitemap.xml')).text();
    const parts = [...index.matchAll(/<loc>[^<]*?(\/sitemaps\/\d+\.xml)<\/loc>/gu)].map((match) => match[1]!);
    const sitemap = (await Promise.all(parts.map(async (part) => (await fetch(part)).text()))).join('\n');
    return [...sitemap.matchAll(/<loc>[^<]*?(\/articles\/[^<]+\/)<\/loc>/gu)].map((match) => match[1]!);
  });
}
