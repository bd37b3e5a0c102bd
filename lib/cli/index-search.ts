/**
 * `npm run build` step after finish-export: Pagefind's search index of the article pages.
 *
 * Pagefind holds everything it indexes in memory until it writes the index: about 0.85 MB per
 * Chinese article page here, so 10,000 articles would need some 8.5 GB at once. The articles are
 * therefore indexed in shards of `SEARCH_SHARD_SIZE` pages (default 4,000), one Pagefind process
 * after the other: the first is the main index (out/pagefind/), the others are merged into it in
 * the browser (Pagefind's mergeIndex), listed in out/pagefind/shards.json. Only article pages are
 * read: they are the only pages with a data-pagefind-body.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { eachLimited } from './each-limited';

const out = process.argv[2] ?? 'out';
const shardSize = Number(process.env.SEARCH_SHARD_SIZE ?? 4000);
const filesAtOnce = 16;

/** Where shard n (1-based) lives in the site; shard 1 is the main index. */
const shardPath = (n: number) => (n === 1 ? '/pagefind/' : `/pagefind-shards/${n}/`);

function articlePages(): string[] {
  const root = join(out, 'articles');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((slug) => join(root, slug, 'index.html'))
    .filter((file) => existsSync(file));
}

async function indexShard(files: readonly string[], n: number): Promise<number> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  await eachLimited(files, filesAtOnce, async (file) => {
    const { errors } = await index.addHTMLFile({ sourcePath: file.slice(out.length + 1), content: await readFile(file, 'utf8') });
    if (errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${errors.join('; ')}`);
  });
  const { errors } = await index.writeFiles({ outputPath: join(out, shardPath(n)) });
  if (errors.length > 0) throw new Error(`Pagefind could not write shard ${n}: ${errors.join('; ')}`);
  // Ends the Pagefind process, and with it the memory of this shard.
  await pagefind.close();
  return files.length;
}

async function main() {
  const started = performance.now();
  const pages = articlePages();
  for (const old of ['pagefind', 'pagefind-shards']) rmSync(join(out, old), { recursive: true, force: true });
  const shards = Math.max(1, Math.ceil(pages.length / shardSize));
  for (let n = 1; n <= shards; n += 1) await indexShard(pages.slice((n - 1) * shardSize, n * shardSize), n);
  const extra = Array.from({ length: shards - 1 }, (_, i) => shardPath(i + 2));
  writeFileSync(join(out, 'pagefind', 'shards.json'), `${JSON.stringify({ merge: extra })}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`index-search: ${pages.length} article page(s) indexed in ${shards} shard(s) (${seconds} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
