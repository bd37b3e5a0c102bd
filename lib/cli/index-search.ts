/**
 * `npm run build` step, run beside `next build`: Pagefind's search index of the articles, written
 * to DIR/pagefind/ (and DIR/pagefind-shards/) for lib/cli/build-site.ts to move into the export.
 *
 * It reads the articles itself (from the content cache when it is fresh, else from the files, so
 * it need not wait for index:content) and indexes the page app/_lib/search-document.tsx
 * renders for each one (what Pagefind reads of the built article page: the same component), so it
 * does not wait for the export: the index is built while Next renders the pages.
 *
 * Pagefind holds everything it indexes in memory until it writes the index: about 0.85 MB per
 * Chinese article here, so 10,000 articles would need some 8.5 GB at once. The articles are
 * therefore indexed in shards of at most `SEARCH_SHARD_SIZE` (default 4,000), one Pagefind process after
 * the other: the first is the main index (/pagefind/), the others are merged into it in the
 * browser (Pagefind's mergeIndex), listed in /pagefind/shards.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchDocumentOf } from '../../app/_lib/search-document';
import { getArticles, type Article } from '../content';
import { routes } from '../routes';
import { tunePagefindAllocator } from '../search/pagefind-allocator';
import { eachLimited } from './each-limited';

const target = process.argv[2] ?? 'out';
const shardSize = Number(process.env.SEARCH_SHARD_SIZE ?? 4000);
const documentsAtOnce = 16;

/** Where shard n (1-based) lives in the site; shard 1 is the main index. */
const shardPath = (n: number) => (n === 1 ? '/pagefind/' : `/pagefind-shards/${n}/`);

async function indexShard(articles: readonly Article[], n: number): Promise<void> {
  const started = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  await eachLimited(articles, documentsAtOnce, async (article) => {
    const { errors } = await index.addHTMLFile({ url: routes.article(article.slug), content: searchDocumentOf(article) });
    if (errors.length > 0) throw new Error(`Pagefind could not index ${article.file}: ${errors.join('; ')}`);
  });
  const { errors } = await index.writeFiles({ outputPath: join(target, shardPath(n)) });
  if (errors.length > 0) throw new Error(`Pagefind could not write shard ${n}: ${errors.join('; ')}`);
  // Ends the Pagefind process, and with it the memory of this shard.
  await pagefind.close();
  console.log(`index-search: shard ${n}, ${articles.length} article(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const started = performance.now();
  tunePagefindAllocator();
  const articles = getArticles();
  for (const old of ['pagefind', 'pagefind-shards']) rmSync(join(target, old), { recursive: true, force: true });
  // As many shards as the size allows, all of one size: Pagefind's writing grows a little faster
  // than the shard, so 3,334 + 3,333 + 3,333 costs less time and memory than 4,000 + 4,000 + 2,000.
  const shards = Math.max(1, Math.ceil(articles.length / shardSize));
  const perShard = Math.ceil(articles.length / shards);
  for (let n = 1; n <= shards; n += 1) await indexShard(articles.slice((n - 1) * perShard, n * perShard), n);
  mkdirSync(join(target, 'pagefind'), { recursive: true });
  const extra = Array.from({ length: shards - 1 }, (_, i) => shardPath(i + 2));
  writeFileSync(join(target, 'pagefind', 'shards.json'), `${JSON.stringify({ merge: extra })}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`index-search: ${articles.length} article(s) indexed in ${shards} shard(s) (${seconds} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
