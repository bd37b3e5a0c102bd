/**
 * Publishing into a folder that cannot itself be replaced: a mount point (rename(2) over it
 * fails with EBUSY), or a folder a host serves by its own path. Every file is still replaced
 * whole, never written where a reader can see half of it:
 * 1. every new or changed file is first copied into a hidden folder inside the target (the same
 *    file system, so the step after is a rename); a full disk or any failure here removes that
 *    folder and leaves the target as it was;
 * 2. then each file is renamed into place: files named by their content (scripts, styles,
 *    search postings, images) first, then the pages and files that name them, the service worker
 *    last, so a page never names a file that is not there yet;
 * 3. then files the new site no longer has are removed.
 * Unlike a link switch this is not one step: during 2 and 3 (renames only, quick) a reader can get
 * a new page beside an old one. Serve a link (site-store.ts) where that matters.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const temporaryPrefix = '.publishing-';

/** Hidden folders an interrupted in-place copy left in the target. */
export function inPlaceLeftovers(target: string): string[] {
  return readdirSync(target)
    .filter((entry) => entry.startsWith(temporaryPrefix))
    .map((entry) => join(target, entry));
}

function filesBelow(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !path.startsWith(temporaryPrefix));
}

function sameFile(a: string, b: string): boolean {
  if (!existsSync(b)) return false;
  const statA = statSync(a);
  const statB = statSync(b);
  return statA.size === statB.size && readFileSync(a).equals(readFileSync(b));
}

/** 0: named by content, 1: pages and indexes that name other files, 2: the service worker. */
function replaceOrder(path: string): number {
  if (path === 'sw.js') return 2;
  if (/\.(html|xml|txt|json|webmanifest)$|(^|\/)_headers$/u.test(path)) return 1;
  return 0;
}

export function replaceInPlace(source: string, target: string, id: string): { copied: number; removed: number } {
  const temporary = join(target, `${temporaryPrefix}${id}`);
  const changed = filesBelow(source).filter((path) => !sameFile(join(source, path), join(target, path)));
  try {
    changed.forEach((path, index) => {
      mkdirSync(temporary, { recursive: true });
      copyFileSync(join(source, path), join(temporary, String(index)));
    });
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  const ordered = changed.map((path, index) => ({ path, index })).sort((a, b) => replaceOrder(a.path) - replaceOrder(b.path));
  for (const { path, index } of ordered) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    renameSync(join(temporary, String(index)), join(target, path));
  }
  const kept = new Set(filesBelow(source));
  const gone = filesBelow(target).filter((path) => !kept.has(path));
  for (const path of gone) rmSync(join(target, path), { force: true });
  removeEmptyFolders(target, target);
  rmSync(temporary, { recursive: true, force: true });
  return { copied: changed.length, removed: gone.length };
}

function removeEmptyFolders(folder: string, root: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && !entry.name.startsWith(temporaryPrefix)) removeEmptyFolders(join(folder, entry.name), root);
  }
  if (folder !== root && readdirSync(folder).length === 0) rmdirSync(folder);
}
