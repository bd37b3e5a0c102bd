/**
 * Bytes a reader's browser fetches for one search on the built export, measured in Chromium with
 * a cold cache: the Pagefind runtime, its index chunks and the result fragments. Run by
 * `npm run bench`, in the browser it is given.
 */
import type { Browser } from '@playwright/test';

export interface SearchBytes {
  readonly query: string;
  readonly requests: number;
  /** Bytes on the wire (compressed as the server sent them) of the search's own requests. */
  readonly transferred: number;
  /** The same, uncompressed. */
  readonly decoded: number;
  readonly results: number;
}

export async function measureSearchBytes(browser: Browser, baseUrl: string, queries: readonly string[]): Promise<SearchBytes[]> {
  const measured: SearchBytes[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search/`);
    await page.waitForLoadState('networkidle');
    // Only what the search itself fetches counts: the page and its scripts are loaded before.
    const responses: Promise<{ transferred: number; decoded: number }>[] = [];
    page.on('requestfinished', (request) => {
      // The main index (/pagefind/) and, in a large archive, its shards (/pagefind-shards/N/).
      if (!new URL(request.url()).pathname.startsWith('/pagefind') && !request.url().endsWith('/search/regions.json')) return;
      responses.push(
        request.sizes().then(async (sizes) => ({
          transferred: sizes.responseBodySize + sizes.responseHeadersSize,
          decoded: (await (await request.response())?.body())?.length ?? 0,
        })),
      );
    });
    await page.getByRole('searchbox', { name: '搜索文章' }).last().fill(query);
    await page.getByRole('searchbox', { name: '搜索文章' }).last().press('Enter');
    const status = page.getByRole('region', { name: '搜索结果' }).locator('p[aria-live]');
    await status.filter({ hasText: /共找到|没有找到/u }).waitFor();
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(responses);
    const results = await page.getByRole('region', { name: '搜索结果' }).getByRole('heading', { level: 2 }).count();
    measured.push({
      query,
      requests: sizes.length,
      transferred: sizes.reduce((sum, s) => sum + s.transferred, 0),
      decoded: sizes.reduce((sum, s) => sum + s.decoded, 0),
      results,
    });
    await context.close();
  }
  return measured;
}
