/**
 * 收藏 and offline reading, in Chromium with the site's service worker, against a copy of the
 * export on a host the test can take down (a lost connection) and rebuild (a new build: a page's
 * text and the shell change, and the service worker is written again as `npm run build` does).
 */
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../lib/build/export/write-service-worker';
import { staticServer, type StaticServer } from '../support/static-server';

test.use({ serviceWorkers: 'allow' });

const first = '/articles/quanzhou-ganbu-dandang/';
const saved = '/articles/lu-wu-jintou-xin-you-guichu/';
const neverOpened = '/columns/shendu-guanzhu/';

let site: string;
let host: StaticServer;

test.beforeEach(async () => {
  site = mkdtempSync(join(tmpdir(), 'rmrb-offline-'));
  // out is a link to the live site: copy what it points at, not the link.
  cpSync(realpathSync('out'), site, { recursive: true });
  host = await staticServer(site);
});

test.afterEach(async () => {
  await host.stop();
  rmSync(site, { recursive: true, force: true });
});

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await host.stop();
}

async function goOnline(context: BrowserContext) {
  await host.start();
  await context.setOffline(false);
}

/** The worker of this build is in control of the page. */
async function workerInControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** A new build: an article's text and the offline page change, and the worker is written again. */
async function rebuild() {
  const edit = (file: string, from: string, to: string) => {
    const path = join(site, file);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain(from);
    writeFileSync(path, html.replaceAll(from, to));
  };
  edit(`${first.slice(1)}index.html`, '的能力本领', '的能力本领（修订）');
  edit('offline/index.html', '这一页还没有保存在本机', '此页尚未保存在本机');
  await writeServiceWorker(site, join('.cache', `service-worker-${process.pid}`));
}

test('opened and saved stories open offline, 我的收藏 lists them, other pages show the offline page, and a rebuild brings the new version', async ({ page, context }) => {
  await page.goto(`${host.origin}${first}`);
  await workerInControl(page);
  await page.goto(`${host.origin}${saved}`);
  const save = page.getByRole('button', { name: '收藏' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('已收藏，可在“我的收藏”中离线阅读')).toBeVisible();
  // The saved copy is written in the background; wait for it as a reader would not notice.
  await page.waitForFunction(async (path) => Boolean(await (await caches.open('rmrb-saved')).match(path)), saved);

  await goOffline(context);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“路无尽头，心有归处”');
  await page.goto(`${host.origin}${first}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('增强干部“会担当”“重担当”“敢担当”的能力本领');
  // Styled as online: the shell's styles come from the precache.
  expect(await page.locator('body').evaluate((body) => getComputedStyle(body).lineHeight)).not.toBe('normal');

  await page.goto(`${host.origin}/saved/`);
  const list = page.getByRole('region', { name: '我的收藏' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('“路无尽头，心有归处”');
  await expect(list.getByRole('listitem')).toContainText('人民日报 2024年4月9日 第19版');
  await expect(list.getByRole('listitem')).toContainText(/收藏于 \d{4}年\d{1,2}月\d{1,2}日/u);
  await list.getByRole('link', { name: '“路无尽头，心有归处”' }).click();
  await expect(page).toHaveURL(`${host.origin}${saved}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“路无尽头，心有归处”');

  await page.goto(`${host.origin}${neverOpened}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('网络未连接');
  await expect(page.getByText('这一页还没有保存在本机')).toBeVisible();
  await expect(page.getByRole('region', { name: '我的收藏' }).getByRole('link', { name: '“路无尽头，心有归处”' })).toBeVisible();

  await rebuild();
  await goOnline(context);
  await page.goto(`${host.origin}${first}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('增强干部“会担当”“重担当”“敢担当”的能力本领（修订）');
  // The new worker takes over and replaces the old build's precache.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    await registration.update();
  });
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (!request.url.includes('/offline/')) continue;
        if ((await (await cache.match(request))!.text()).includes('此页尚未保存在本机')) return true;
      }
    }
    return false;
  });
  // The new precache is written while the new worker installs; until it is activated the old
  // worker still answers, with the old build's offline page.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return !registration.installing && !registration.waiting && registration.active?.state === 'activated';
  });
  await goOffline(context);
  await page.goto(`${host.origin}${neverOpened}`);
  await expect(page.getByText('此页尚未保存在本机')).toBeVisible();
  // Kept pages were fetched again from the new build: no old page beside the new shell.
  await page.goto(`${host.origin}${first}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('增强干部“会担当”“重担当”“敢担当”的能力本领（修订）');
  await page.goto(`${host.origin}${saved}`);
  await expect(page.getByRole('button', { name: '收藏' })).toHaveAttribute('aria-pressed', 'true');
});

test('a story removed from 我的收藏 leaves the list and its saved copy', async ({ page }) => {
  await page.goto(`${host.origin}${saved}`);
  await page.getByRole('button', { name: '收藏' }).click();
  await page.waitForFunction(async (path) => Boolean(await (await caches.open('rmrb-saved')).match(path)), saved);
  await page.goto(`${host.origin}/saved/`);
  const list = page.getByRole('region', { name: '我的收藏' });
  await list.getByRole('button', { name: '移除《“路无尽头，心有归处”》' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(0);
  await expect(list.getByRole('status')).toHaveText('已移除《“路无尽头，心有归处”》');
  await page.waitForFunction(async (path) => !(await (await caches.open('rmrb-saved')).match(path)), saved);
  await page.reload();
  await expect(list.getByRole('status')).toHaveText('还没有收藏的文章。');
});

test('the site is an installable web app with its manifest, icons and theme colour', async ({ page, request }) => {
  await page.goto(`${host.origin}/`);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(`${host.origin}${href}`)).json()) as { name: string; start_url: string; display: string; theme_color: string; icons: { src: string; sizes: string }[] };
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', theme_color: '#b3191d' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(`${host.origin}${icon.src}`)).headers()['content-type']).toBe('image/png');
  await workerInControl(page);
});
