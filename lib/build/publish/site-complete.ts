/**
 * The last check before a site goes live: the files every reader and every host needs are there
 * and not empty. Each step already fails on any write it could not make; this catches a step
 * that ended well without writing what it should (a changed Next output layout, say).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

const required = ['index.html', '404.html', 'sw.js', 'feed.xml', 'sitemap.xml', 'search-index/manifest.json'];

export function checkSiteComplete(dir: string): void {
  const missing = required.filter((path) => {
    try {
      return statSync(join(dir, path)).size === 0;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) throw new Error(`the new site lacks ${missing.join(', ')} (or they are empty); it was not published`);
}
