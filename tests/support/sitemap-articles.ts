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

/**
 * Text folded as search folds it (lib/indexes/search/fold.ts), written again here so the truth
 * the end-to-end tests compute does not borrow the code it checks: NFKC, lower case, every
 * character that is not a letter, digit or mark a space.
 */
export const foldLikeSearch = (text: string): string =>
  [...text]
    .map((char) => char.normalize('NFKC').toLowerCase())
    .join('')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ');
