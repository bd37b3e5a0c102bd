/**
 * The start of an incremental build's site: the live site's files that stay as they are, linked
 * into the new folder (a hard link per file: no bytes copied, and the live site is never
 * touched). Every file the build writes is left out, so the export and the indexer only create
 * files and never write through a link into the site readers are being served.
 *
 * In two steps, because which pages are rendered again is known only once index:content has
 * digested every page, and linking is about as long as that: every file is linked first, beside
 * index:content (17 s for the 313,000 files of 100,000 stories), and the files of the pages
 * rendered again or removed are unlinked once the plan names them (a few hundred).
 */
import { linkSync, mkdirSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Never kept by the export: the search index (its own step updates it, lib/build/cli/index-search.ts), and what every build writes whole (the service worker, the host's rules). */
export const rewrittenByEveryBuild = ['search-index/', 'sw.js', '_headers', 'serve.json'];

/** Links every file of the live site into the staging folder but those every build writes again; returns how many. */
export function linkLiveFiles(live: string, staging: string): number {
  let linked = 0;
  const made = new Set<string>();
  mkdirSync(staging, { recursive: true });
  for (const entry of readdirSync(live, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const folder = relative(live, entry.parentPath).split(sep).join('/');
    const file = folder ? `${folder}/${entry.name}` : entry.name;
    if (rewrittenByEveryBuild.some((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix))) continue;
    if (folder && !made.has(folder)) {
      mkdirSync(join(staging, folder), { recursive: true });
      made.add(folder);
    }
    linkSync(join(live, file), join(staging, file));
    linked += 1;
  }
  return linked;
}

/**
 * Unlinks the plan's dropped files (site-relative) from the staging folder, with the folders they
 * leave empty: a removed story's folder must not outlive it, as a full build would not make it.
 * A dropped file that was never linked (one every build writes) is no error. Returns how many were unlinked.
 */
export function unlinkDroppedFiles(staging: string, dropped: Iterable<string>): number {
  let unlinked = 0;
  const emptied = new Set<string>();
  for (const file of dropped) {
    try {
      unlinkSync(join(staging, file));
      unlinked += 1;
      emptied.add(dirname(file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // Deepest first, so a folder whose only content was an emptied folder goes too.
  const folders = [...emptied].flatMap(ancestorsOf).sort((a, b) => b.length - a.length);
  for (const folder of new Set(folders)) {
    try {
      rmdirSync(join(staging, folder));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
  }
  return unlinked;
}

/** 'a/b/c' → ['a/b/c', 'a/b', 'a']; '.' (the site's root) → []. */
function ancestorsOf(folder: string): string[] {
  const folders: string[] = [];
  for (let at = folder; at !== '.' && at !== ''; at = dirname(at)) folders.push(at);
  return folders;
}
