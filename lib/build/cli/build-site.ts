/**
 * `npm run build [-- --out DIR] [-- --full]`: the static site, published to `out` (or DIR) only
 * when every step has passed, so `out` is always a whole site (lib/build/publish/site-store.ts).
 *
 * Incremental by default: when the previous build of the same target was made by the same code
 * (lib/build/incremental/fingerprint.ts) and its site is the live one, only what changed is done
 * again (lib/build/incremental/); otherwise, or with --full, everything is, from a clean `.next`.
 * 1. index:content checks every content file (the build stops on any problem) and writes the
 *    build's one snapshot of the archive, with its related stories (lib/api/snapshot.ts); every
 *    later step reads that snapshot, never the content folder. Incremental: records of files whose
 *    bytes are unchanged come from the previous snapshot instead of being parsed again. It also
 *    writes every page's digest of what it shows (lib/api/static-pages.ts).
 * 2. Started beside index:content, since its start and a full build's compile need no content
 *    (its page workers wait for the snapshot and the page selection, lib/api/build-files.ts).
 *    Full: next build compiles and renders every page, without the per-segment prefetch payloads
 *    no exported page uses (lib/build/export/segment-prefetch.ts). Incremental: the pages whose
 *    digest changed are rendered by Next's generate mode on the previous compile. Beside it the
 *    search index is written into the new site (lib/build/cli/index-search.ts), at a lower CPU
 *    priority: it takes the cycles Next leaves idle rather than slowing the pages down; incremental,
 *    it updates the live site's index, linking the files that stay.
 * 3. export-site writes the pages into the new site as soon as next build is done. Incremental,
 *    the live site's files are linked in from the start, and those of the pages rendered again or
 *    removed unlinked once they are planned (lib/build/cli/keep-live-files.ts).
 * 4. The new site is put live in one step, then the state the next build starts from is saved.
 * A failing step stops the others and fails the build with its output above; Ctrl-C or SIGTERM
 * stops every step and everything they started. Either way `out` stays as it was, the saved state
 * still describes it, and what the build had written is deleted by the next one. One build at a
 * time (lib/build/publish/build-lock.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { snapshotVariable } from '../../api/snapshot';
import { awaitedFilesVariable } from '../../api/build-files';
import { pageSelectionText, pageSelectionVariable } from '../../api/pages';
import { contentRoot } from '../../site/settings';
import { codeFingerprint } from '../incremental/fingerprint';
import { planRender, type RenderPlan } from '../incremental/plan';
import { rankingBeside } from '../incremental/ranking-memory';
import { forgetCompiled, readBuildState, readCompiled, recordCompiled, statePaths, writeBuildState, type BuildState, type PageRecord } from '../incremental/state';
import { skipSegmentPrefetchData } from '../export/segment-prefetch';
import { acquireBuildLock } from '../publish/build-lock';
import { BuildSteps } from '../publish/build-steps';
import { largeHeapFlags, typescriptCommand, typescriptCommandWith } from '../publish/typescript-command';
import { buildId, discardStaging, outKind, prepareStaging, publishSite, siteStore, type SiteStore } from '../publish/site-store';
import { checkSiteComplete } from '../publish/site-complete';
import { fileWrittenBy } from '../publish/file-written';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'out' }, full: { type: 'boolean', default: false } }, strict: true });
const site = siteStore(values.out!);
/** The content snapshot and Next's previous output, while a build runs. */
const buildFolder = join('.cache', 'build');
const next = join('node_modules', '.bin', 'next');
/** Nice value of the steps beside Next (a full build's search indexer, linking the kept files): Next's workers get the CPU first, they the rest. */
const besideNextNiceness = 10;
/**
 * Nice value of the removal of earlier builds: tens of thousands of unlinks that took a core from
 * the steps the site waits for (20 s beside a 26 s build at 10,000 articles); it gets what they leave.
 */
const clearingNiceness = 19;
const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Set by the first stopping signal; from then on the stop handler, not main, ends the process. */
let stopping: NodeJS.Signals | undefined;

/**
 * Next's output of the previous build, its compilation cache included (which grows without
 * bound and once made the compile step ten times slower), set aside to be deleted beside this one.
 */
function setAsideNextOutput(trash: string): string[] {
  const entries = existsSync('.next') ? readdirSync('.next') : [];
  if (entries.length === 0) return [];
  mkdirSync(trash, { recursive: true });
  entries.forEach((entry, index) => renameSync(join('.next', entry), join(trash, `next-${index}`)));
  return [trash];
}

/** The previous build this one can build on, or why it cannot. */
function reusableBuild(site: SiteStore, fingerprint: string): { ok: true; state: BuildState; live: string } | { ok: false; why: string } {
  const no = (why: string) => ({ ok: false as const, why });
  if (values.full) return no('--full');
  const state = readBuildState(statePaths(site.out));
  if (!state) return no(`no earlier build of ${site.out} to build on`);
  const current = outKind(site);
  if (current.kind !== 'link' || current.live !== state.site) return no(`${site.out} is not the site the last build published`);
  if (state.fingerprint !== fingerprint) return no('the code, its settings, dependencies or the column registry changed');
  const compiled = readCompiled();
  if (compiled?.fingerprint !== fingerprint || compiled.buildId !== state.compiled) return no("Next's compiled output is not the one the live site was rendered with (an earlier build stopped, or another build compiled again)");
  return { ok: true, state, live: join(site.store, state.site) };
}

/** What every page of the new site is made of and made into, for the next build. */
function pageRecords(digests: ReadonlyMap<string, string>, exported: Readonly<Record<string, readonly string[]>>, previous: BuildState | undefined): Record<string, PageRecord> {
  const pages: Record<string, PageRecord> = {};
  for (const [path, files] of Object.entries(exported)) pages[path] = { ...(digests.has(path) && { digest: digests.get(path)! }), files };
  for (const [path, digest] of digests) pages[path] ??= { digest, files: previous?.pages[path]?.files ?? [] };
  return pages;
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
  // A parent killed outright (npm, a terminal) sends nothing: its end is noticed by the new parent.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void stop('SIGHUP'), 500).unref();

  try {
    const prepared = prepareStaging(site, id);
    staging = prepared.staging;
    // What stopped or killed builds left in the build's own folder (this build holds the lock).
    const leftovers = existsSync(buildFolder) ? readdirSync(buildFolder).map((entry) => join(buildFolder, entry)) : [];
    const snapshot = join(buildFolder, `archive-${id}.json`);
    const fingerprint = codeFingerprint(contentRoot());
    const reuse = reusableBuild(site, fingerprint);
    const earlier = reuse.ok ? reuse : undefined;
    console.log(reuse.ok ? `build: incremental, on ${reuse.live}` : `build: full (${reuse.why})`);
    const discarded = [...prepared.discarded, ...leftovers, ...(earlier ? [] : setAsideNextOutput(join(buildFolder, `next-${id}`)))];
    const clearing = steps.run('clearing earlier builds', 'rm', ['-rf', ...discarded], { niceness: clearingNiceness });
    clearing.catch(() => undefined);
    const files = { digests: join(buildFolder, `digests-${id}.json`), selection: join(buildFolder, `selection-${id}.json`), dropped: join(buildFolder, `dropped-${id}.json`), pages: join(buildFolder, `pages-${id}.json`), rendered: join(buildFolder, `rendered-${id}`), searchChanges: join(buildFolder, `search-changes-${id}.json`) };
    const paths = statePaths(site.out);
    const env: Record<string, string> = { [snapshotVariable]: snapshot };
    // A full next build compiles .next again: until it has ended well, .next is nobody's to reuse.
    // Generate mode only renders pages and rewrites the manifests it derives from the compiled
    // code, so a stopped one leaves .next as reusable as it found it.
    if (!earlier) forgetCompiled();
    for (const runtime of skipSegmentPrefetchData()) {
      console.warn(`build: ${runtime} no longer makes the segment prefetch call lib/build/export/segment-prefetch.ts removes; pages build as before, only slower.`);
    }
    const indexing = steps.run('index:content', ...typescriptCommandWith(largeHeapFlags, 'lib/build/cli/index-content.ts'), { env: { ...env, PAGE_DIGESTS: files.digests, ...(earlier && { PREVIOUS_SNAPSHOT: paths.snapshot, SEARCH_CHANGES: files.searchChanges }) } });
    // Next starts beside index:content: its start, its workers' loading of the routes and a full
    // build's compile need no content, and its workers wait for the snapshot and the page
    // selection to be written (lib/api/build-files.ts).
    const nextArgs = earlier ? ['build', '--experimental-build-mode=generate'] : ['build'];
    // Next and the search indexer wait for what index:content writes, while this build runs.
    const awaiting = { ...env, [awaitedFilesVariable]: String(process.pid) };
    const nextEnv = { ...awaiting, ...(earlier && { [pageSelectionVariable]: files.selection }) };
    const rendering = steps.run(earlier ? 'next build (changed pages)' : 'next build', next, nextArgs, { env: nextEnv }).then(() => recordCompiled(fingerprint));
    rendering.catch(() => undefined);
    // The search index needs only the snapshot and, incremental, the changes index:content writes
    // with it, before the pages' digests; it waits for both.
    const searchArgs = [staging, ...(earlier ? ['--live', earlier.live, '--changes', files.searchChanges] : [])];
    // Beside a full build's compile and thousands of pages it yields to Next; an incremental
    // build's update is the step the publish ends with, beside a hundred pages, and does not.
    const searchIndex = steps.run('search index', ...typescriptCommand('lib/build/cli/index-search.ts', ...searchArgs), { env: { ...awaiting, NODE_ENV: 'production' }, niceness: earlier ? 0 : besideNextNiceness });
    searchIndex.catch(() => undefined);
    // The live site's files are linked while index:content reads and ranks; those of the pages
    // the plan renders again or removes are unlinked once it is written (keep-live-files.ts).
    const keeping = earlier && steps.run('keep-live-files (started with index:content)', ...typescriptCommand('lib/build/cli/keep-live-files.ts', staging, '--live', earlier.live, '--dropped', files.dropped), { env: awaiting, niceness: besideNextNiceness });
    keeping?.catch(() => undefined);
    // The pages are planned once their digests are written, while index:content still writes the
    // ranking's memory for the next build; whichever step fails first fails the build at once.
    const digested = fileWrittenBy(files.digests, indexing);
    await Promise.race([digested, rendering.then(() => digested), searchIndex.then(() => digested)]);
    const digests = new Map(Object.entries(JSON.parse(readFileSync(files.digests, 'utf8')) as Record<string, string>));
    const plan: RenderPlan | undefined = earlier && planRender(earlier.state.pages, digests);
    if (plan) {
      // Renamed into place: keep-live-files and Next's workers wait for them, and must never read half of one.
      writeFileSync(`${files.dropped}.tmp`, JSON.stringify(plan.dropped));
      renameSync(`${files.dropped}.tmp`, files.dropped);
      writeFileSync(`${files.selection}.tmp`, pageSelectionText(plan.render));
      renameSync(`${files.selection}.tmp`, files.selection);
      console.log(`build: ${plan.render.length} of ${digests.size} page(s) changed, ${plan.removed.length} removed`);
    }
    // export-site loads and bundles its scripts meanwhile, and writes once the pages are rendered
    // and the kept files linked: it waits for this file.
    const exportArgs = [staging, '--pages', files.pages, '--when', files.rendered, ...(earlier ? ['--incremental'] : [])];
    const pages = steps.run('export-site (started with next build)', ...typescriptCommand('lib/build/cli/export-site.ts', ...exportArgs), { env: awaiting });
    pages.catch(() => undefined);
    await Promise.race([Promise.all([rendering, keeping]), pages]);
    writeFileSync(files.rendered, '');
    await Promise.all([pages, searchIndex, indexing]);
    checkSiteComplete(staging);
    if (stopping) return 1;
    const published = publishSite(site, staging);
    const live = basename(staging.replace(/\.partial$/u, ''));
    staging = undefined;
    const exported = JSON.parse(readFileSync(files.pages, 'utf8')) as Record<string, string[]>;
    // Only a site switched by its link can be built on: an in-place copy has no folder of its own.
    if (published.how !== 'in-place') writeBuildState(paths, { fingerprint, site: live, compiled: readCompiled()?.buildId ?? '', pages: pageRecords(digests, exported, earlier?.state) }, snapshot);
    // The removal of earlier builds takes only what the steps leave (nice 19), and once the new
    // site is live it holds nothing up: what it has not deleted yet stays set aside, in the store's
    // .trash or the build folder, for the next build to delete. The first build after a full one
    // frees a whole site's files, which took longer than the build itself (15 s at 10,000 stories).
    await steps.end('clearing earlier builds');
    for (const path of [snapshot, rankingBeside(snapshot), ...Object.values(files)]) rmSync(path, { force: true });
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
