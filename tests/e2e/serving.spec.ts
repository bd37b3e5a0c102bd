/**
 * `npm start` serves the export as a host should (lib/serving/headers.ts, written into the
 * export as serve.json and _headers): the security headers on every response, long caching only
 * for content-hashed files, no directory listings, and the 404 page for any unknown path. The
 * end-to-end server is the same `serve out` that `npm start` runs.
 */
import { expect, test } from '@playwright/test';

test.describe('serving the export', () => {
  test('every response carries the security headers', async ({ request }) => {
    for (const path of ['/', '/articles/lu-wu-jintou-xin-you-guichu/', '/feed.xml', '/search-index/manifest.json']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  test('content-hashed files are cached for good, the search manifest briefly, pages not at all', async ({ request }) => {
    const home = await (await request.get('/')).text();
    const script = /<script src="(\/_static\/enhance\.[0-9a-f]+\.js)"/u.exec(home)?.[1];
    expect(script).toBeDefined();
    expect((await request.get(script!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('/search-index/manifest.json')).headers()['cache-control']).toBe('public, max-age=300');
    expect((await request.get('/')).headers()['cache-control'] ?? '').not.toContain('immutable');
  });

  test('folders are never listed, and an unknown path gets the 404 page', async ({ request }) => {
    for (const path of ['/articles/', '/_next/static/chunks/', '/_static/', '/search-index/', '/no-such-page/']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const body = await response.text();
      expect(body, path).toContain('页面不存在');
      expect(body, path).not.toMatch(/Index of|<a href="[^"]*\.js"/u);
    }
  });
});
