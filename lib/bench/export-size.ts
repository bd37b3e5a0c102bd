/** The size of a static export on disk: every file's bytes (not disk blocks), by kind. */
import { statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { listFiles } from '../records/list-files';

export interface ExportSize {
  readonly files: number;
  readonly pages: number;
  readonly bytes: number;
  /** Bytes of the search index (out/search-index/). */
  readonly searchIndexBytes: number;
  /**
   * The index by part (index-format.ts): g, p and x the postings, d the results, r the regions,
   * a the authors, n the place names, m the citation entries, dates.bin the calendar.
   */
  readonly searchIndexParts: Readonly<Record<string, number>>;
}

export function exportSize(dir: string): ExportSize {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  let searchIndexBytes = 0;
  const searchIndexParts: Record<string, number> = {};
  const indexFolder = join(dir, 'search-index');
  for (const path of listFiles(dir)) {
    const size = statSync(path).size;
    files += 1;
    bytes += size;
    if (basename(path).endsWith('.html')) pages += 1;
    if (path.startsWith(indexFolder)) {
      searchIndexBytes += size;
      // search-index/<build folder>/<part>/… or search-index/<build folder>/<file>
      const part = relative(indexFolder, path).split(sep)[1];
      if (part) searchIndexParts[part] = (searchIndexParts[part] ?? 0) + size;
    }
  }
  return { files, pages, bytes, searchIndexBytes, searchIndexParts };
}
