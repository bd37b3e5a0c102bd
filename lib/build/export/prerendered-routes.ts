/**
 * Which files of `next build` make up the static site, read from Next's manifests.
 *
 * The site is exported by lib/build/cli/export-site.ts rather than by Next's `output: 'export'`: that
 * mode copies every page's navigation payloads (eight files a page, which plain pages never
 * fetch) into the export, where they only had to be deleted again; at 10,000 articles the copying
 * and deleting took a fifth of the build. What `output: 'export'` also guaranteed is kept here:
 * a route that would need a server at request time fails the build, by name.
 */

/** The parts of .next/prerender-manifest.json read here. */
export interface PrerenderManifest {
  readonly routes: Readonly<Record<string, { readonly routeType?: string; readonly srcRoute?: string | null }>>;
  readonly dynamicRoutes: Readonly<Record<string, { readonly fallback?: unknown }>>;
  readonly notFoundRoutes?: readonly string[];
}

/** .next/app-path-routes-manifest.json: each app entry (`/articles/[slug]/page`) and its route. */
export type AppPathRoutesManifest = Readonly<Record<string, string>>;

export interface PrerenderedFile {
  /** Under .next/server/app/, without the extension: `articles/x`, `index`, `feed.xml`. */
  readonly source: string;
  /** A page's HTML (.html), or a route handler's response body (.body). */
  readonly kind: 'page' | 'body';
  /** Where a static host serves it from, under the export root. */
  readonly targets: readonly string[];
}

export class ServerRouteError extends Error {
  constructor(readonly routes: readonly string[]) {
    super(
      `These routes are rendered at request time, which a static site cannot do: ${routes.join(', ')}. ` +
        'Give a dynamic route generateStaticParams and dynamicParams = false, and read no request data (cookies, headers, searchParams) while rendering.',
    );
    this.name = 'ServerRouteError';
  }
}

/** Next's error page for a failed render: a static host never renders, so it is not exported. */
const globalErrorRoute = '/_global-error';
const notFoundRoute = '/_not-found';

const isDynamic = (route: string) => route.includes('[');

/**
 * Every prerendered file and where it goes, as `output: 'export'` with `trailingSlash: true` lays
 * them out: /articles/x → articles/x/index.html, /feed.xml → feed.xml, the not-found page also as
 * 404.html. Throws ServerRouteError when any app route is not fully prerendered.
 */
export function prerenderedFiles(prerender: PrerenderManifest, appRoutes: AppPathRoutesManifest): PrerenderedFile[] {
  const serverRoutes = Object.values(appRoutes).filter((route) =>
    isDynamic(route) ? prerender.dynamicRoutes[route]?.fallback !== false : !(route in prerender.routes),
  );
  if (serverRoutes.length > 0) throw new ServerRouteError([...new Set(serverRoutes)].sort());
  const notFound = new Set(prerender.notFoundRoutes ?? []);
  return Object.entries(prerender.routes)
    .filter(([route]) => route !== globalErrorRoute && !notFound.has(route))
    .map(([route, { routeType }]) => {
      const source = route === '/' ? 'index' : route.slice(1);
      if (routeType === 'route') return { source, kind: 'body' as const, targets: [source] };
      const page = route === '/' ? 'index.html' : `${source}/index.html`;
      return { source, kind: 'page' as const, targets: route === notFoundRoute ? [page, '404.html', '404/index.html'] : [page] };
    });
}
