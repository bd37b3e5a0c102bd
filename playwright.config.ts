import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './lib/audit/chromium';

/**
 * End-to-end tests in real Chromium against the built static export (run `npm run build` first).
 * The browser is Debian's chromium: Playwright's own browser download is not available here.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
/** The site built from tests/fixtures/content/hostile by `npm run build:hostile`. */
export const hostilePort = port + 1;
/** A generated archive of 300 articles plus an imported page, built by `npm run build:scale`. */
export const scalePort = port + 2;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    // The site's service worker answers requests before page.route() could see them; the specs
    // that test it (offline.spec.ts) allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [
    // Search quality is a property of the index, and axe's WCAG 2.1 rules do not depend on the
    // width: both are measured once, at desktop width, to keep CI short.
    { name: 'phone', testIgnore: /search-quality|accessibility/u, use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, browserName: 'chromium' } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 }, browserName: 'chromium' } },
  ],
  webServer: [
    {
      command: `npx serve out --listen ${port} --no-clipboard`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx serve test-results/hostile-site --listen ${hostilePort} --no-clipboard`,
      url: `http://127.0.0.1:${hostilePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx serve test-results/scale-site --listen ${scalePort} --no-clipboard`,
      url: `http://127.0.0.1:${scalePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
