/**
 * `keep-live-files.ts DIR --live LIVE --dropped FILE`: an incremental build's step, started with
 * index:content: links the live site's files into the new site's folder DIR, then, once the
 * build has planned its pages and written FILE (a JSON list), unlinks the files it names: those
 * of pages rendered again, removed, or rendered by every build (lib/build/incremental/clone-site.ts).
 * Started at once rather than after the plan, its linking (313,000 files, 17 s at 100,000
 * stories) runs while index:content reads and ranks the archive, not after it.
 * export-site then writes only new files, with `wx`, so a file kept here that it also wrote
 * would fail the build, never write through the link into the live site. It waits for FILE as
 * Next's workers wait for theirs (lib/api/build-files.ts): only while the build's process lives.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { awaitBuildFile, awaitedFilesVariable } from '../../api/build-files';
import { linkLiveFiles, unlinkDroppedFiles } from '../incremental/clone-site';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { live: { type: 'string' }, dropped: { type: 'string' } }, strict: true });
const [staging] = positionals;
if (!staging || !values.live || !values.dropped) {
  console.error('keep-live-files: usage: keep-live-files.ts DIR --live LIVE --dropped FILE');
  process.exit(2);
}
if (!process.env[awaitedFilesVariable]) {
  console.error(`keep-live-files: it is the build's own step: it needs ${awaitedFilesVariable}`);
  process.exit(2);
}
const started = performance.now();
const linked = linkLiveFiles(values.live, staging);
const linkSeconds = (performance.now() - started) / 1000;
awaitBuildFile(values.dropped);
const unlinkedAt = performance.now();
const unlinked = unlinkDroppedFiles(staging, JSON.parse(readFileSync(values.dropped, 'utf8')) as string[]);
const unlinkSeconds = (performance.now() - unlinkedAt) / 1000;
console.log(`keep-live-files: ${linked - unlinked} file(s) kept from ${values.live} (${linked} linked in ${linkSeconds.toFixed(2)} s, ${unlinked} of them dropped in ${unlinkSeconds.toFixed(2)} s)`);
