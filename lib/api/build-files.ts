/**
 * The build's files (the content snapshot, the page selection) as Next's page workers read them.
 * `npm run build` starts `next build` beside index:content rather than after it: Next's start,
 * its workers and their loading of every route (and a full build's whole compile) need no
 * content, and were a second and a half of a day's publish and about 20 s of a full build at
 * 10,000 stories spent waiting. Where BUILD_FILES_AWAITED is set, a worker that needs one of
 * these files before index:content has written it waits for it; the build stops every step,
 * Next's workers included, when index:content fails, so the wait ends either way.
 */
import { existsSync } from 'node:fs';

export const awaitedFilesVariable = 'BUILD_FILES_AWAITED';

/** Longer than index:content takes for the largest archive measured (100,000 stories). */
const longestWaitMs = 30 * 60 * 1000;
const pollMs = 25;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Waits (the caller is synchronous: generateStaticParams reads the archive that way) until the
 * file at `path` exists, when the build said it is being written; the files appear whole, by rename.
 */
export function awaitBuildFile(path: string): void {
  if (process.env[awaitedFilesVariable] !== '1') return;
  const until = Date.now() + longestWaitMs;
  while (!existsSync(path)) {
    if (Date.now() > until) throw new Error(`the build's file ${path} was not written within ${longestWaitMs / 60_000} minutes; run npm run build again`);
    Atomics.wait(sleeper, 0, 0, pollMs);
  }
}
