/**
 * Writes the export's service worker (lib/browser/offline-worker.ts): bundled with esbuild,
 * then given its precache list by Serwist's injectManifest (@serwist/build, the maintained
 * successor of Workbox's build tools: the same manifest format and revisioning, without Workbox's
 * Babel and Rollup). The list is the site's shell only, the same size whatever the archive holds:
 * styles, the page scripts, icons and the two pages that must open offline, each with its 繁體
 * dictionary. A file's revision is its content hash, so a new build replaces exactly what changed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { injectManifest } from '@serwist/build';
import { build } from 'esbuild';
import { routes } from '../../site/routes';

/** The shell, as globs in the export. Articles, lists and the search index are cached on use. */
export const shellPatterns = [
  '_next/static/**/*.css',
  '_static/enhance.*.js',
  '_static/highlight.*.js',
  '_static/hant.*.js',
  '_static/saved-list.*.js',
  'icons/*.png',
  'manifest.webmanifest',
  ...[routes.offline(), routes.saved()].flatMap((page) => [`${page.slice(1)}index.html`, routes.traditionalDictionary(page).slice(1)]),
];

/** Files whose name carries their content hash: their URL is their revision. */
const hashedName = /^(?:_next\/static\/|_static\/)/u;

export interface ServiceWorkerReport {
  readonly count: number;
  readonly size: number;
  readonly warnings: readonly string[];
}

export async function writeServiceWorker(out: string, staging = join('.cache', 'service-worker')): Promise<ServiceWorkerReport> {
  mkdirSync(staging, { recursive: true });
  const source = join(staging, 'sw.js');
  await build({ entryPoints: ['lib/browser/offline-worker.ts'], bundle: true, minify: true, format: 'iife', target: 'es2020', outfile: source, legalComments: 'none' });
  const { count, size, warnings } = await injectManifest({
    swSrc: source,
    swDest: join(out, routes.serviceWorker().slice(1)),
    globDirectory: out,
    globPatterns: shellPatterns,
    dontCacheBustURLsMatching: hashedName,
    // A page is requested as /offline/, not /offline/index.html.
    manifestTransforms: [async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: `/${entry.url.replace(/(^|\/)index\.html$/u, '$1')}` })) })],
  });
  return { count, size, warnings };
}
