/**
 * `npm run audit`: Lighthouse (Debian's Chromium, mobile settings) against the served export for
 * the home page, an article, a region, the search page (empty, with words, filtered, three terms
 * compared by date with their chart, that one at desktop settings too) and an
 * article for a reader who chose 繁 (converted before its first paint, with a cold cache). Prints the four category scores and
 * LCP/TBT/CLS; fails when accessibility, best practices or SEO is below 1.00. Performance is
 * reported against its budget (0.95) but does not fail: these shared machines are noisy.
 */
import { existsSync, mkdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from '@playwright/test';
import { scriptStorageKey } from '../markup/script-switch';
import { chromiumArgs, chromiumPath } from './chromium';
import { serveExport } from '../serving/serve-export';

const out = process.env.EXPORT_DIR ?? 'out';
const port = Number(process.env.AUDIT_PORT ?? 4181);
const pages = {
  home: '/',
  article: '/articles/quanzhou-ganbu-dandang/',
  region: '/regions/35/',
  search: '/search/',
  'search 泉州': `/search/?q=${encodeURIComponent('泉州')}`,
  'search filtered': '/search/?column=shendu-guanzhu&region=35',
  'search compared by date': `/search/?q=${encodeURIComponent('党建联盟 | 货车司机')}&from=2024`,
};
/** Audited at desktop width too (1350 px, Lighthouse's desktop settings): the search page's chart draws at its own width. */
const desktopPages = { 'search compared by date, desktop': pages['search compared by date'] };
/** Audited with the reader's choice of 繁 stored, as a traditional reader's later visits are. */
const traditionalPages = { 'article 繁': '/articles/lu-wu-jintou-xin-you-guichu/' };

/**
 * Stores the choice of 繁 in the audited browser's profile, checks that the page then shows in
 * traditional characters (so the audit measures the converted page), and empties the HTTP cache
 * and the service worker's caches.
 */
async function chooseTraditional(chromePort: number, url: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chromePort}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(url);
    await page.evaluate((key) => localStorage.setItem(key, 'hant'), scriptStorageKey);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant', undefined, { timeout: 10_000 });
    const session = await page.context().newCDPSession(page);
    await session.send('Network.clearBrowserCache');
    // The visit registered the service worker, whose precache would serve the audit warm.
    await session.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'service_workers,cache_storage' });
    await page.close();
  } finally {
    await browser.close();
  }
}
const budgets = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;
const enforced = ['accessibility', 'best-practices', 'seo'] as const;

async function main() {
  if (!existsSync(`${out}/index.html`)) throw new Error(`${out}/ is missing: run \`npm run build\` first`);
  const server = await serveExport(out, port);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const rows: Record<string, string | number>[] = [];
  const failures: string[] = [];
  try {
    mkdirSync('test-results/lighthouse', { recursive: true });
    const targets = [
      ...Object.entries(pages).map(([name, path]) => ({ name, path, traditional: false, desktop: false })),
      ...Object.entries(desktopPages).map(([name, path]) => ({ name, path, traditional: false, desktop: true })),
      ...Object.entries(traditionalPages).map(([name, path]) => ({ name, path, traditional: true, desktop: false })),
    ];
    for (const { name, path, traditional, desktop } of targets) {
      if (traditional) await chooseTraditional(chrome.port, `${server.url}${path}`);
      // Lighthouse empties the site's storage before loading a page unless told not to; the
      // traditional reader's choice lives there (the cache was emptied above instead).
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: traditional }, desktop ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: keyof typeof budgets) => categories[id]?.score ?? 0;
      rows.push({
        page: name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        seo: score('seo'),
        'LCP ms': Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        'TBT ms': Math.round(audits['total-blocking-time']?.numericValue ?? 0),
        CLS: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      });
      for (const id of enforced) {
        if (score(id) < budgets[id]) {
          const failed = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && (categories[id]?.auditRefs ?? []).some((r) => r.id === a.id && r.weight > 0));
          failures.push(`${name} ${id} ${score(id)} < ${budgets[id]}: ${failed.map((a) => a.id).join(', ')}`);
        }
      }
      if (score('performance') < budgets.performance) console.warn(`note: ${name} performance ${score('performance')} is under its budget ${budgets.performance}`);
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  console.table(rows);
  if (failures.length > 0) {
    console.error(`Lighthouse budgets missed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Lighthouse: accessibility, best practices and SEO at 1.00 on every page audited.');
}


main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
