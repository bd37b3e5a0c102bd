/// <reference lib="webworker" />
/**
 * The service worker, bundled by the export (lib/build/export/write-service-worker.ts) and given its
 * precache list by Serwist's injectManifest: the site's shell (styles, scripts, icons, the
 * offline page and 我的收藏), versioned per build. Nothing that grows with the archive is
 * precached: an article is kept when the reader opens or saves it.
 *
 * - Pages: network first, so a reader online always gets this build's page; the copy kept from
 *   the last visit (or the saved copy, lib/browser/saved-stories.ts) is used offline; a page never
 *   kept shows the offline page, which lists the saved stories.
 * - A new build: the new worker takes over at once, Serwist drops the old precache, and every
 *   kept page is fetched again, so an offline page never pairs an old page with new styles.
 * - The search index is never cached: it is per build and grows with the archive.
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { offlineCaches } from './saved-stories';
import { routes } from '../site/routes';
import { traditionalDictionaryName } from '../site/site-files';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const sameOrigin = (url: URL) => url.origin === self.location.origin;
const isDictionary = (url: URL) => url.pathname.endsWith(`/${traditionalDictionaryName}`);

/**
 * When the network fails and the strategy has no copy: the saved copy, or any kept copy of the
 * same page (one opened from a search result carries ?hl=…), else, for a page, the offline page.
 * (Serwist's own `fallbacks` stand aside for a strategy with a plugin like this one.)
 */
const keptCopyOrOfflinePage: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    for (const name of [offlineCaches.saved, offlineCaches.pages]) {
      const cache = await caches.open(name);
      const response = (await cache.match(request)) ?? (await cache.match(url.href));
      if (response) return response;
    }
    return request.destination === 'document' ? serwist.matchPrecache(routes.offline()) : undefined;
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request, url }) => sameOrigin(url) && (request.mode === 'navigate' || isDictionary(url)),
      handler: new NetworkFirst({
        cacheName: offlineCaches.pages,
        networkTimeoutSeconds: 6,
        plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true }), keptCopyOrOfflinePage],
      }),
    },
    {
      // Content-hashed files outside the precache (the t2s converter of the search page): a name never changes its content.
      matcher: ({ url }) => sameOrigin(url) && (url.pathname.startsWith('/_static/') || url.pathname.startsWith('/_next/static/')),
      handler: new CacheFirst({ cacheName: offlineCaches.assets, plugins: [new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true })] }),
    },
  ],
});

/** Fetches every kept page and dictionary again from this build; a copy that cannot be fetched stays. */
async function refreshKeptPages(): Promise<void> {
  await Promise.all(
    [offlineCaches.pages, offlineCaches.saved].map(async (name) => {
      const cache = await caches.open(name);
      const requests = await cache.keys();
      await Promise.allSettled(
        requests.map(async (request) => {
          const response = await fetch(request.url, { cache: 'no-cache' });
          if (response.ok) await cache.put(request, response);
        }),
      );
    }),
  );
}

/**
 * The pages open when the worker first takes over were loaded before it existed: kept now, so the
 * very first story a reader opens is readable offline too.
 */
async function keepOpenPages(): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window' });
  const cache = await caches.open(offlineCaches.pages);
  const urls = windows.map((client) => new URL(client.url)).filter((url) => sameOrigin(url));
  await Promise.allSettled(
    urls.flatMap((url) => [url.pathname, routes.traditionalDictionary(url.pathname)]).map(async (path) => {
      if (await cache.match(path)) return;
      const response = await fetch(path);
      if (response.ok) await cache.put(path, response);
    }),
  );
}

self.addEventListener('activate', (event) => event.waitUntil(refreshKeptPages().then(keepOpenPages)));

serwist.addEventListeners();
