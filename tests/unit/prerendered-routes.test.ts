import { describe, expect, it } from 'vitest';
import { prerenderedFiles, ServerRouteError, type PrerenderManifest } from '@/lib/build/export/prerendered-routes';

/** Manifests in the shape `next build` writes them (Next 16), cut to a few routes. */
const appRoutes = {
  '/page': '/',
  '/_not-found/page': '/_not-found',
  '/_global-error/page': '/_global-error',
  '/articles/[slug]/page': '/articles/[slug]',
  '/feed.xml/route': '/feed.xml',
  '/regions/[code]/feed.xml/route': '/regions/[code]/feed.xml',
};
const prerender: PrerenderManifest = {
  routes: {
    '/': { routeType: 'page', srcRoute: '/' },
    '/_not-found': { routeType: 'page', srcRoute: '/_not-found' },
    '/_global-error': { routeType: 'page', srcRoute: '/_global-error' },
    '/articles/quanzhou-ganbu-dandang': { routeType: 'page', srcRoute: '/articles/[slug]' },
    '/feed.xml': { routeType: 'route', srcRoute: '/feed.xml' },
    '/regions/350500/feed.xml': { routeType: 'route', srcRoute: '/regions/[code]/feed.xml' },
  },
  dynamicRoutes: { '/articles/[slug]': { fallback: false }, '/regions/[code]/feed.xml': { fallback: false } },
  notFoundRoutes: [],
};

describe('prerenderedFiles', () => {
  it('places pages at x/index.html, the home page at index.html and files at their own path', () => {
    const files = prerenderedFiles(prerender, appRoutes);
    expect(files).toContainEqual({ source: 'index', kind: 'page', targets: ['index.html'] });
    expect(files).toContainEqual({ source: 'articles/quanzhou-ganbu-dandang', kind: 'page', targets: ['articles/quanzhou-ganbu-dandang/index.html'] });
    expect(files).toContainEqual({ source: 'feed.xml', kind: 'body', targets: ['feed.xml'] });
    expect(files).toContainEqual({ source: 'regions/350500/feed.xml', kind: 'body', targets: ['regions/350500/feed.xml'] });
  });

  it('serves the not-found page as 404.html too, and leaves out the server error page', () => {
    const files = prerenderedFiles(prerender, appRoutes);
    expect(files.find((file) => file.source === '_not-found')?.targets).toEqual(['_not-found/index.html', '404.html', '404/index.html']);
    expect(files.some((file) => file.source === '_global-error')).toBe(false);
    expect(files).toHaveLength(5);
  });

  it('fails on a page rendered at request time and names it', () => {
    const withSearchParams = { ...appRoutes, '/archive/page': '/archive' };
    expect(() => prerenderedFiles(prerender, withSearchParams)).toThrow(ServerRouteError);
    expect(() => prerenderedFiles(prerender, withSearchParams)).toThrow(/rendered at request time.*: \/archive\. /u);
  });

  it('fails on a dynamic route that renders unknown params on demand', () => {
    const onDemand = { ...prerender, dynamicRoutes: { ...prerender.dynamicRoutes, '/articles/[slug]': { fallback: null } } };
    expect(() => prerenderedFiles(onDemand, appRoutes)).toThrow(/: \/articles\/\[slug\]\./u);
    const withoutFeeds = Object.fromEntries(Object.entries(prerender.dynamicRoutes).filter(([route]) => !route.startsWith('/regions/')));
    expect(() => prerenderedFiles({ ...prerender, dynamicRoutes: withoutFeeds }, appRoutes)).toThrow(/\/regions\/\[code\]\/feed\.xml/u);
  });
});
