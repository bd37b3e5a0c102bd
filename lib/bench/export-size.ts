/** The size of a static export on disk: every file's bytes (not disk blocks), by kind. */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listFiles } from '../records/list-files';

export interface ExportSize {
  readonly files: number;
  readonly pages: number;
  readonly bytes: number;
  /** Bytes of the search index (out/search-index/). */
  readonly searchIndexBytes: number;
}

export function exportSize(dir: string): ExportSize {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  let searchIndexBytes = 0;
  for (const path of listFiles(dir)) {
    const size = statSync(path).size;
    files += 1;
    bytes += size;
    if (basename(path).endsWith('.html')) pages += 1;
    if (path.startsWith(join(dir, 'search-index'))) searchIndexBytes += size;
  }
  return { files, pages, bytes, searchIndexBytes };
}
