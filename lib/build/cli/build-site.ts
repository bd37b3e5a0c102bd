/**
 * `npm run build [-- --out DIR]`: the static site, published to `out` (or DIR) only when every
 * step has passed, so `out` is always a whole site (lib/build/publish/site-store.ts).
 * 1. index:content checks every content file (the build stops on any problem) and writes the
 *    build's one snapshot of the archive, with its related stories (lib/api/snapshot.ts); every
 *    later step reads that snapshot, never the content folder.
 * 2. next build renders the pages, without the per-segment prefetch payloads no exported page
 *    uses (lib/build/export/segment-prefetch.ts). Beside it the search index is written into the
 *    new site (lib/build/cli/index-search.ts), at a lower CPU priority: it takes the cycles Next
 *    leaves idle (writing files, waiting on workers) rather than slowing the pages down.
 * 3. export-site writes the pages into the new site as soon as next build is done.
 * 4. The new site is put live in one step.
 * A failing step stops the others and fails the build with its output above; Ctrl-C or SIGTERM
 * stops every step and everything they started. Either way `out` stays as it was, and what
 * the build had written is deleted by the next one. One build at a time (lib/build/publish/build-lock.ts).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { snapshotVariable } from '../../api/snapshot';
import { skipSegmentPrefetchData } from '../export/segment-prefetch';
import { acquireBuildLock } from '../publish/build-lock';
import { BuildSteps } from '../publish/build-steps';
import { buildId, discardStaging, prepareStaging, publishSite, siteStore } from '../publish/site-store';
import { checkSiteComplete } from '../publish/site-complete';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'out' } }, strict: true });
const site = siteStore(values.out!);
const tsx = join('node_modules', '.bin', 'tsx');
/** The content snapshot and Next's previous output, while a build runs. */
const buildFolder = join('.cache', 'build');
const next = join('node_modules', '.bin', 'next');
/** Nice value of the search indexer: Next's workers get the CPU first, the indexer the rest. */
const indexerNiceness = 10;
const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Set by the first stopping signal; from then on the stop handler, not main, ends the process. */
let stopping: NodeJS.Signals | undefined;

/** Next's output of the previous build (not its compilation cache), set aside to be deleted beside this one. */
function setAsideNextOutput(trash: string): string[] {
  const entries = existsSync('.next') ? readdirSync('.next').filter((entry) => entry !== 'cache') : [];
  if (entries.length === 0) return [];
  mkdirSync(trash, { recursive: true });
  entries.forEach((entry, index) => renameSync(join('.next', entry), join(trash, `next-${index}`)));
  return [trash];
}

async function main(): Promise<number> {
  const attempt = acquireBuildLock(site.out);
  if (!attempt.ok) {
    console.error(`build: ${attempt.message}`);
    return 1;
  }
  const { lock } = attempt;
  if (attempt.tookOver) console.warn(`build: the build of process ${attempt.tookOver.pid} (started ${attempt.tookOver.started}) ended without releasing its lock; what it left running was stopped`);
  const steps = new BuildSteps((groups) => lock.recordGroups(groups));
  const id = buildId();
  const started = performance.now();
  let staging: string | undefined;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = signal;
    console.error(`build: ${signal}: stopping every step; ${site.out} stays as it was`);
    await steps.stop();
    if (staging) discardStaging(site, staging);
    lock.release();
    process.exit(128 + (signalNumbers[signal] ?? 1));
  };
  for (const signal of Object.keys(signalNumbers) as NodeJS.Signals[]) process.on(signal, () => void stop(signal));
  // A parent killed outright (tsx, npm, a terminal) sends nothing: its end is noticed by the new parent.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop('SIGHUP'), 500).unref();

  try {
    const prepared = prepareStaging(site, id);
    staging = prepared.staging;
    // What stopped or killed builds left in the build's own folder (this build holds the lock).
    const leftovers = existsSync(buildFolder) ? readdirSync(buildFolder).map((entry) => join(buildFolder, entry)) : [];
    const snapshot = join(buildFolder, `archive-${id}.json`);
    const discarded = [...prepared.discarded, ...leftovers, ...setAsideNextOutput(join(buildFolder, `next-${id}`))];
    const clearing = steps.run('clearing earlier builds', 'rm', ['-rf', ...discarded]);
    clearing.catch(() => undefined);
    const env: Record<string, string> = { [snapshotVariable]: snapshot };
    await steps.run('index:content', tsx, ['lib/build/cli/index-content.ts'], { env });
    for (const runtime of skipSegmentPrefetchData()) {
      console.warn(`build: ${runtime} no longer makes the segment prefetch call lib/build/export/segment-prefetch.ts removes; pages build as before, only slower.`);
    }
    const searchIndex = steps.run('search index', tsx, ['lib/build/cli/index-search.ts', staging], { env: { ...env, NODE_ENV: 'production' }, niceness: indexerNiceness });
    searchIndex.catch(() => undefined);
    const pages = steps.run('next build', next, ['build'], { env }).then(() => steps.run('export-site', tsx, ['lib/build/cli/export-site.ts', staging!]));
    await Promise.all([pages, searchIndex]);
    checkSiteComplete(staging);
    if (stopping) return 1;
    const published = publishSite(site, staging);
    staging = undefined;
    await clearing;
    rmSync(snapshot, { force: true });
    console.log(`build: ${steps.timings.join(', ')}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
    console.log(`build: published ${published.detail}`);
    return 0;
  } catch (error) {
    if (stopping) return 1;
    await steps.stop();
    if (staging) discardStaging(site, staging);
    console.error(`build: ${error instanceof Error ? error.message : String(error)}; ${site.out} stays as it was`);
    return 1;
  } finally {
    if (!stopping) lock.release();
  }
}

main().then(
  (code) => {
    if (!stopping) process.exit(code);
  },
  (error: unknown) => {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
