/**
 * What a build keeps for the next one, in a folder of its own (`.cache/incremental/`), one
 * entry per site it publishes: the fingerprint of the code it was built with, the site folder it
 * describes, every page's digest and the files it wrote, and the content snapshot it was made
 * from (whose records the next build reuses for files whose bytes are the same). Its size is
 * bounded: one snapshot and one page list per target, replaced by each build.
 *
 * Written only after the site it describes is live, by rename, so it is always whole and never
 * ahead of the site. A state that is missing, damaged, of another format, of other code or of
 * another site is not used: the build is then a full build, which writes a new one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rankingBeside } from './ranking-memory';

/** Bump when the fields change. */
const stateFormat = 1;

export const incrementalFolder = join('.cache', 'incremental');

export interface PageRecord {
  /** Digest of what the page shows (lib/api/static-pages.ts); absent for pages every build renders. */
  readonly digest?: string;
  /** The files of the site it made, relative to the site's folder. */
  readonly files: readonly string[];
}

export interface BuildState {
  readonly format: number;
  readonly fingerprint: string;
  /** The name of the site folder in the store this state describes. */
  readonly site: string;
  /** Next's build id of the compile its pages were rendered with: another compile may name its styles otherwise. */
  readonly compiled: string;
  readonly pages: Readonly<Record<string, PageRecord>>;
}

export interface StatePaths {
  readonly state: string;
  readonly snapshot: string;
}

/** Where the state of the site published at `out` is kept. */
export function statePaths(out: string): StatePaths {
  const key = createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16);
  return { state: join(incrementalFolder, `${key}.json`), snapshot: join(incrementalFolder, `${key}.snapshot.json`) };
}

export function readBuildState(paths: StatePaths): BuildState | undefined {
  if (!existsSync(paths.state) || !existsSync(paths.snapshot)) return undefined;
  try {
    const state = JSON.parse(readFileSync(paths.state, 'utf8')) as BuildState;
    return state.format === stateFormat && typeof state.pages === 'object' ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the state and its snapshot: the snapshot first, then the state that names it valid. */
export function writeBuildState(paths: StatePaths, state: Omit<BuildState, 'format'>, snapshot: string): void {
  mkdirSync(incrementalFolder, { recursive: true });
  rmSync(paths.state, { force: true });
  renameSync(snapshot, paths.snapshot);
  if (existsSync(rankingBeside(snapshot))) renameSync(rankingBeside(snapshot), rankingBeside(paths.snapshot));
  writeFileSync(`${paths.state}.tmp`, JSON.stringify({ format: stateFormat, ...state }));
  renameSync(`${paths.state}.tmp`, paths.state);
}

/**
 * The code fingerprint Next's output in .next was compiled from, with that output's build id;
 * absent while a build changes .next. The id ties it to the .next it describes: a .next deleted
 * or compiled again by hand (`next build`) is not taken for this one.
 */
const compiledMarker = join(incrementalFolder, 'compiled.json');
const nextBuildId = join('.next', 'BUILD_ID');

export function readCompiled(): { fingerprint: string; buildId: string } | undefined {
  try {
    const marker = JSON.parse(readFileSync(compiledMarker, 'utf8')) as { fingerprint: string; buildId: string };
    return marker.buildId === readFileSync(nextBuildId, 'utf8') ? marker : undefined;
  } catch {
    return undefined;
  }
}

/** Before Next writes into .next: until the build ends well, .next is nobody's to reuse. */
export function forgetCompiled(): void {
  rmSync(compiledMarker, { force: true });
}

export function recordCompiled(fingerprint: string): void {
  mkdirSync(incrementalFolder, { recursive: true });
  writeFileSync(`${compiledMarker}.tmp`, JSON.stringify({ fingerprint, buildId: readFileSync(nextBuildId, 'utf8') }));
  renameSync(`${compiledMarker}.tmp`, compiledMarker);
}
