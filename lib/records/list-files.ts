/** Files below a folder, for the content loader, the content cache, the importer and the bench. */
import { readdirSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface ListedFile {
  readonly path: string;
  /** A symbolic link (to a file or a folder): the caller decides whether to follow it. */
  readonly link: boolean;
}

/** Every file below root, in a stable order; hidden files and folders (.git, .cache) are left out. */
export function listFiles(root: string): string[];
export function listFiles(root: string, options: { readonly links: true }): ListedFile[];
export function listFiles(root: string, options?: { readonly links: true }): string[] | ListedFile[] {
  const entries = readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() || (options?.links && entry.isSymbolicLink()))
    .map((entry) => ({ path: join(entry.parentPath, entry.name), link: entry.isSymbolicLink() }))
    .filter(({ path }) => !relative(root, path).split(/[\\/]/u).some((part) => part.startsWith('.')))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return options?.links ? entries : entries.map((entry) => entry.path);
}

/** Where a path really is, links resolved; the path itself when it does not resolve (a broken link). */
export function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
