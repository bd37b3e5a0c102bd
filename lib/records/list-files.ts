/** Files below a folder, for the content loader, the content cache, the importer and the bench. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below root, in a stable order; hidden files and folders (.git, .cache) are left out. */
export function listFiles(root: string): string[] {
  const entries = readdirSync(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(root, path).split(/[\\/]/u).some((part) => part.startsWith('.')))
    .sort();
}
