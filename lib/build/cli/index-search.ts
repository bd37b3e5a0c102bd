/**
 * `npm run build` step, run beside `next build`: the search index of the articles
 * (lib/indexes/search/), written into the new site's DIR/search-index/. It reads the build's
 * content snapshot (lib/api/snapshot.ts), the same text the pages are made from, so it need not
 * wait for the pages.
 *
 * `index-search.ts DIR --live LIVE --changes FILE` (an incremental build) updates the live site's
 * index instead: the postings of the stories FILE names (written by index:content,
 * lib/build/incremental/changed-stories.ts) are rewritten, and every file that stays as it was is
 * hard-linked from LIVE. Where the update cannot be made (stories renumbered, the live index
 * incomplete), the index is written whole, and the first line says why.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { link, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { getColumns, getSearchDocuments } from '../../api';
import { awaitBuildFile } from '../../api/build-files';
import { writeSearchIndex, type WrittenIndex } from '../../indexes/search/index-writer';
import { updateSearchIndex, type PreviousIndex } from '../../indexes/search/index-update';
import { manifestPath, type SearchManifest } from '../../indexes/search/index-format';
import { readSearchChanges } from '../incremental/changed-stories';
import { eachLimited } from './each-limited';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { live: { type: 'string' }, changes: { type: 'string' } } });
const target = positionals[0] ?? 'out';
const filesAtOnce = 64;

function readOrUndefined(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The live site's index, if it has one with a manifest. */
function liveIndex(live: string): PreviousIndex | undefined {
  const manifest = readOrUndefined(join(live, manifestPath));
  if (!manifest) return undefined;
  const parsed = JSON.parse(new TextDecoder().decode(manifest)) as SearchManifest;
  return { manifest: parsed, read: (path) => readOrUndefined(join(live, parsed.folder, path)) };
}

/** The index updated from the live site's, or why it is written whole. */
function updated(columns: readonly string[]): { ok: true; index: WrittenIndex } | { ok: false; why: string } {
  if (!values.live || !values.changes) return { ok: false, why: 'a full build' };
  const previous = liveIndex(values.live);
  if (!previous) return { ok: false, why: `${values.live} has no search index` };
  const documents = getSearchDocuments();
  // Written with the snapshot, which getSearchDocuments has waited for.
  awaitBuildFile(values.changes);
  const stories = readSearchChanges(values.changes);
  if (!stories.ok) return stories;
  return updateSearchIndex(previous, documents, columns, stories.changed);
}

async function main() {
  const started = performance.now();
  const columns = getColumns().map((column) => column.slug);
  const update = updated(columns);
  // Documents come newest first, so rank order is the "newest" sort.
  const { files, kept, manifest } = update.ok ? update.index : writeSearchIndex(getSearchDocuments(), columns);
  const indexed = performance.now();
  rmSync(join(target, 'search-index'), { recursive: true, force: true });
  const folders = new Set([...files.keys(), ...kept.keys()].map((path) => dirname(join(target, path))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  let bytes = 0;
  // `wx`: a path is written or linked, never both, so no write can go through a link into the live site.
  await eachLimited([...files], filesAtOnce, async ([path, content]) => {
    await writeFile(join(target, path), content, { flag: 'wx' });
    bytes += content.length;
  });
  await eachLimited([...kept], filesAtOnce, ([path, from]) => link(join(values.live!, from), join(target, path)));
  const seconds = (at: number) => ((at - started) / 1000).toFixed(2);
  const cpu = process.cpuUsage();
  console.log(
    `index-search: ${manifest.documents} article(s), ${update.ok ? `updated: ${files.size} file(s) written, ${kept.size} kept` : `written whole (${update.why}): ${files.size} file(s)`}, ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MB (${manifest.buckets.g} + ${manifest.buckets.p} buckets) in ${seconds(performance.now())} s, indexed in ${seconds(indexed)} s, ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU-s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
