/**
 * `keep-live-files.ts DIR --live LIVE --dropped FILE`: an incremental build's step beside `next
 * build`: links the live site's files that stay into the new site's folder DIR (lib/build/incremental/clone-site.ts),
 * all but those FILE (a JSON list from the render plan) names: the files of pages rendered again,
 * removed, or rendered by every build. Run beside Next rather than before the export, it takes the
 * 36,000 links of a 10,000-story site (about 1.5 s) off the path a day's publish waits on.
 * export-site then writes only new files, with `wx`, so a file kept here that it also wrote
 * would fail the build, never write through the link into the live site.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cloneKeptFiles } from '../incremental/clone-site';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { live: { type: 'string' }, dropped: { type: 'string' } }, strict: true });
const [staging] = positionals;
if (!staging || !values.live || !values.dropped) {
  console.error('keep-live-files: usage: keep-live-files.ts DIR --live LIVE --dropped FILE');
  process.exit(2);
}
const started = performance.now();
const dropped = new Set(JSON.parse(readFileSync(values.dropped, 'utf8')) as string[]);
const kept = cloneKeptFiles(values.live, staging, dropped);
console.log(`keep-live-files: ${kept} file(s) kept from ${values.live} (${((performance.now() - started) / 1000).toFixed(2)} s)`);
