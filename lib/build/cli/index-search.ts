/**
 * `npm run build` step, run beside `next build`: the search index of the articles
 * (lib/indexes/search/index-writer.ts), written into the new site's DIR/search-index/. It reads the
 * build's content snapshot (lib/api/snapshot.ts), the same text the pages are made from, so it
 * need not wait for the pages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getColumns, getSearchDocuments } from '../../api';
import { writeSearchIndex } from '../../indexes/search/index-writer';
import { eachLimited } from './each-limited';

const target = process.argv[2] ?? 'out';
const filesAtOnce = 64;

async function main() {
  const started = performance.now();
  // Documents come newest first, so id order is the "newest" sort.
  const { files, manifest } = writeSearchIndex(getSearchDocuments(), getColumns().map((column) => column.slug));
  const indexed = performance.now();
  rmSync(join(target, 'search-index'), { recursive: true, force: true });
  let bytes = 0;
  await eachLimited([...files], filesAtOnce, async ([path, content]) => {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await writeFile(join(target, path), content);
    bytes += content.length;
  });
  const seconds = (at: number) => ((at - started) / 1000).toFixed(2);
  const cpu = process.cpuUsage();
  console.log(
    `index-search: ${manifest.documents} article(s), ${files.size} file(s), ${(bytes / 1024 / 1024).toFixed(1)} MB ` +
      `(${manifest.buckets.g} + ${manifest.buckets.p} buckets) in ${seconds(performance.now())} s, indexed in ${seconds(indexed)} s, ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU-s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
