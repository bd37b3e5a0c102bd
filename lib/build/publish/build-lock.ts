/**
 * One build at a time in a checkout: two builds would write the same .next/ and the second
 * would publish a site the first half wrote. The lock is a file created exclusively (`wx`), which
 * names the build's process and the process groups of its steps. A lock whose process is gone
 * (a build killed with SIGKILL, a machine that lost power) is taken over, and the step processes
 * it names are stopped first, so an orphaned `next build` cannot write into the next build.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRunning } from '../../api/build-files';

export const defaultLockPath = '.cache/build.lock';

interface LockFile {
  readonly pid: number;
  readonly started: string;
  readonly out: string;
  /** Process groups of the build's steps, each started as a group of its own. */
  readonly groups: readonly number[];
}

export interface BuildLock {
  /** Records the step process groups a later build must stop should this one be killed outright. */
  recordGroups(groups: readonly number[]): void;
  release(): void;
}

export type LockAttempt = { readonly ok: true; readonly lock: BuildLock; readonly tookOver?: LockFile } | { readonly ok: false; readonly message: string };

export function acquireBuildLock(out: string, path = defaultLockPath): LockAttempt {
  mkdirSync(dirname(path), { recursive: true });
  const mine: LockFile = { pid: process.pid, started: new Date().toISOString(), out, groups: [] };
  let tookOver: LockFile | undefined;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, JSON.stringify(mine));
      closeSync(fd);
      return { ok: true, lock: lockOf(path, mine), ...(tookOver && { tookOver }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLock(path);
    if (!holder && justCreated(path)) {
      return { ok: false, message: 'another build is starting in this checkout (its lock was created a moment ago): wait for it to end' };
    }
    if (holder && isRunning(holder.pid)) {
      return {
        ok: false,
        message: `another build (process ${holder.pid}, started ${holder.started}, writing ${holder.out}) is running in this checkout: wait for it to end, or stop it with kill ${holder.pid}`,
      };
    }
    // The holder is gone: stop what it left running, then take its place.
    if (holder) for (const group of holder.groups) signalGroup(group, 'SIGKILL');
    tookOver = holder;
    rmSync(path, { force: true });
  }
  return { ok: false, message: `could not take the build lock ${path}: another build took it at the same moment` };
}

function lockOf(path: string, mine: LockFile): BuildLock {
  let current = mine;
  return {
    recordGroups(groups) {
      current = { ...current, groups: [...groups] };
      // Renamed into place, so a build reading the lock never sees half of it.
      writeFileSync(`${path}.tmp`, JSON.stringify(current));
      renameSync(`${path}.tmp`, path);
    },
    release() {
      if (readLock(path)?.pid === mine.pid) rmSync(path, { force: true });
    },
  };
}

function readLock(path: string): LockFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockFile>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, started: String(parsed.started), out: String(parsed.out), groups: Array.isArray(parsed.groups) ? parsed.groups.filter((g) => Number.isInteger(g) && g > 1) : [] } : undefined;
  } catch {
    // Empty or half-written: a build died between creating and writing it.
    return undefined;
  }
}

/** A lock file with no readable content yet may be another build's, between creating and writing it. */
function justCreated(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < 10_000;
  } catch {
    return false;
  }
}

/** Signals every process of a group; a group that no longer exists is fine. */
export function signalGroup(group: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-group, signal);
    return true;
  } catch {
    return false;
  }
}
