/** The size of a static export on disk: every file's bytes (not disk blocks), by kind. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ExportSize {
  readonly files: number;
  readonly pages: number;
  readonly bytes: number;
  /** Bytes of Pagefind's index and runtime (out/pagefind/). */
  readonly searchIndexBytes: number;
}

export function exportSize(dir: string): ExportSize {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  let searchIndexBytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    files += 1;
    bytes += size;
    if (entry.name.endsWith('.html')) pages += 1;
    if (path.startsWith(join(dir, 'pagefind'))) searchIndexBytes += size;
  }
  return { files, pages, bytes, searchIndexBytes };
}
