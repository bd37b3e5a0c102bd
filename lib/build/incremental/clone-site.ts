/**
 * The start of an incremental build's site: the live site's files that stay as they are, linked
 * into the new folder (a hard link per file: no bytes copied, and the live site is never
 * touched). Every file the build writes is left out, so the export and the indexer only create
 * files and never write through a link into the site readers are being served.
 */
import { linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Never kept by the export: the search index (its own step updates it, lib/build/cli/index-search.ts), and what every build writes whole (the service worker, the host's rules). */
export const rewrittenByEveryBuild = ['search-index/', 'sw.js', '_headers', 'serve.json'];

export function cloneKeptFiles(live: string, staging: string, dropped: ReadonlySet<string>): number {
  let linked = 0;
  const made = new Set<string>();
  for (const entry of readdirSync(live, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const folder = relative(live, entry.parentPath).split(sep).join('/');
    const file = folder ? `${folder}/${entry.name}` : entry.name;
    if (dropped.has(file) || rewrittenByEveryBuild.some((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix))) continue;
    if (folder && !made.has(folder)) {
      mkdirSync(join(staging, folder), { recursive: true });
      made.add(folder);
    }
    linkSync(join(live, file), join(staging, file));
    linked += 1;
  }
  return linked;
}
