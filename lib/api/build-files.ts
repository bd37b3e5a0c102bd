/**
 * The build's files (the content snapshot, the page selection) as Next's page workers read them.
 * `npm run build` starts `next build` beside index:content rather than after it: Next's start,
 * its workers and their loading of every route (and a full build's whole compile) need no
 * content, and were about a second of a day's publish at 10,000 stories spent waiting. Where
 * BUILD_FILES_AWAITED names the build's process, a worker that needs one of these files before
 * index:content has written it waits for it, as long as that process lives: the build stops
 * every step, Next's workers included, when index:content fails, and a build killed outright
 * (SIGKILL) leaves workers that notice and end instead of waiting for files nobody will write.
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
  const build = Number(process.env[awaitedFilesVariable]);
  if (!Number.isInteger(build) || build <= 0) return;
  const until = Date.now() + longestWaitMs;
  while (!existsSync(path)) {
    if (!isRunning(build)) throw new Error(`the build (process ${build}) that was to write ${path} has ended; run npm run build again`);
    if (Date.now() > until) throw new Error(`the build's file ${path} was not written within ${longestWaitMs / 60_000} minutes; run npm run build again`);
    Atomics.wait(sleeper, 0, 0, pollMs);
  }
}

/** Whether a process of that number runs (the build's lock asks it of the build that holds it). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of that number runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
