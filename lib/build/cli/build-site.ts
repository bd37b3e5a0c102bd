/**
 * `npm run build`: the static site in out/, in four steps.
 * 1. index:content checks every content file (the build stops on any problem) and caches the
 *    parsed archive with its related stories for the steps below (lib/api/cache.ts).
 * 2. next build renders the pages, without the per-segment prefetch payloads no exported page
 *    uses (lib/build/export/segment-prefetch.ts). Beside steps 1 to 3 the search index is built from
 *    the content (lib/build/cli/index-search.ts), at a lower CPU priority: it takes the core
 *    index:content leaves idle and the cycles Next leaves idle (writing files, waiting on
 *    workers) rather than slowing the pages down.
 * 3. export-site writes the site to out/ as plain pages as soon as next build is done.
 * 4. The search index is moved into the export once both are done.
 * Any failing step stops the others and fails the build with its output above.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { skipSegmentPrefetchData } from '../export/segment-prefetch';
import { previousBuildOutput } from './build-output';

const out = 'out';
const searchStaging = join('.cache', 'search-index');
const searchDirectories = ['search-index'];
const trash = join('.cache', 'trash');
const tsx = join('node_modules', '.bin', 'tsx');
const next = join('node_modules', '.bin', 'next');
/** Nice value of the search indexer: Next's workers get the CPU first, the indexer the rest. */
const indexerNiceness = 10;

const running = new Set<ChildProcess>();
const timings: string[] = [];

function run(label: string, command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; niceness?: number } = {}): Promise<void> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...options.env } });
  running.add(child);
  if (options.niceness !== undefined && child.pid !== undefined) setPriority(child.pid, options.niceness);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      timings.push(`${label} ${((performance.now() - started) / 1000).toFixed(1)} s`);
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/**
 * Moves the previous build's output aside, to be deleted while this build runs: some 86,000
 * files after a 10,000-article build, whose deletion waits on the disk (most of a minute here).
 */
function clearPreviousBuild(): Promise<void> {
  const bin = join(trash, String(Date.now()));
  mkdirSync(bin, { recursive: true });
  previousBuildOutput(out).forEach((path, i) => renameSync(path, join(bin, `${i}`)));
  return run('clearing the previous build', 'rm', ['-rf', trash]);
}

function moveSearchIndexIntoExport(): void {
  for (const directory of searchDirectories) {
    const from = join(searchStaging, directory);
    const to = join(out, directory);
    rmSync(to, { recursive: true, force: true });
    if (!existsSync(from)) continue;
    try {
      renameSync(from, to);
    } catch {
      // Another file system (a mounted out/, say): copy instead of moving.
      cpSync(from, to, { recursive: true });
    }
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const clearing = clearPreviousBuild();
  clearing.catch(() => undefined);
  // The indexer starts at once: it parses the content itself while index:content checks it and
  // ranks the related stories on the other core. Its failure is reported after index:content's,
  // which names every wrong file.
  const searchIndex = run('search index', tsx, ['lib/build/cli/index-search.ts', searchStaging], { env: { NODE_ENV: 'production' }, niceness: indexerNiceness });
  searchIndex.catch(() => undefined);
  await run('index:content', tsx, ['lib/build/cli/index-content.ts']);
  for (const runtime of skipSegmentPrefetchData()) {
    console.warn(`build: ${runtime} no longer makes the segment prefetch call lib/build/export/segment-prefetch.ts removes; pages build as before, only slower.`);
  }
  const pages = run('next build', next, ['build']).then(() => run('export-site', tsx, ['lib/build/cli/export-site.ts', out]));
  await Promise.all([pages, searchIndex, clearing]);
  moveSearchIndexIntoExport();
  console.log(`build: ${timings.join(', ')}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
}

main().catch((error: unknown) => {
  for (const child of running) child.kill('SIGTERM');
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
