/**
 * Where a build writes its site and how the site goes live, so that `out` is at every moment a
 * whole site: the previous one or the new one, never a mix, never absent.
 *
 * Each build writes a folder of its own in the store beside `out` (`.out.sites/<id>.partial`),
 * and only when every step has passed is it renamed complete and `out` switched to it: `out` is a
 * symbolic link, replaced by rename(2) of a new link over it, which the kernel does in one step,
 * so a host serving `out` (nginx resolves the link on every request) answers from one site or the
 * other. The previous site stays in the store until the next build starts, for readers whose
 * pages still name its files. A failed, stopped or killed build leaves only its `.partial`
 * folder, which the next build deletes.
 *
 * Where `out` cannot be replaced (a mount point, or a link to a folder outside the store that a
 * host serves by its own path), the site is copied into it instead (in-place.ts).
 */
import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { inPlaceLeftovers, replaceInPlace } from './in-place';

export interface SiteStore {
  /** The path hosts serve. */
  readonly out: string;
  /** The folder beside it holding the built sites. */
  readonly store: string;
}

export function siteStore(out: string): SiteStore {
  return { out, store: join(dirname(out), `.${basename(out)}.sites`) };
}

/** What stands at `out`, and so how a new site is put there. */
export type OutKind =
  | { readonly kind: 'absent' }
  | { readonly kind: 'link'; readonly live?: string }
  | { readonly kind: 'folder' }
  | { readonly kind: 'in-place'; readonly target: string; readonly why: string };

export function outKind({ out, store }: SiteStore): OutKind {
  let stat;
  try {
    stat = lstatSync(out);
  } catch {
    return { kind: 'absent' };
  }
  if (stat.isSymbolicLink()) {
    const target = resolve(dirname(out), readlinkSync(out));
    if (isInside(target, resolve(store))) return { kind: 'link', live: basename(target) };
    let targetStat;
    try {
      targetStat = statSync(target);
    } catch {
      return { kind: 'link' };
    }
    if (targetStat.isDirectory()) return { kind: 'in-place', target, why: `${out} is a link to ${target}, outside ${store}` };
    throw new Error(`${out} is a link to ${target}, which is not a folder: remove it or point it at one`);
  }
  if (!stat.isDirectory()) throw new Error(`${out} is a file, not a folder or a link: remove it or build with --out elsewhere`);
  if (isMountPoint(out)) return { kind: 'in-place', target: out, why: `${out} is a mount point` };
  return { kind: 'folder' };
}

const isInside = (path: string, folder: string) => path.startsWith(folder + sep);

function isMountPoint(path: string): boolean {
  return statSync(path).dev !== statSync(resolve(path, '..')).dev;
}

/** A name for this build's site that sorts by time and cannot clash with another's. */
export function buildId(now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/gu, '').replace(/\.\d+Z$/u, 'Z')}-${process.pid}`;
}

/**
 * The new site's folder, after setting aside what interrupted builds left (every folder of the
 * store but the live one, a temporary link, an interrupted in-place copy). Returns the folders
 * to delete, which the caller deletes beside the build: a large site takes the disk most of a
 * minute.
 */
export function prepareStaging(site: SiteStore, id: string): { staging: string; discarded: string[] } {
  const current = outKind(site);
  mkdirSync(site.store, { recursive: true });
  const trash = join(site.store, '.trash');
  const discarded: string[] = [];
  mkdirSync(trash, { recursive: true });
  for (const entry of readdirSync(site.store)) {
    if (entry === '.trash' || (current.kind === 'link' && entry === current.live)) continue;
    const to = join(trash, `${id}-${entry}`);
    renameSync(join(site.store, entry), to);
  }
  for (const entry of readdirSync(dirname(site.out))) {
    if (entry.startsWith(`.${basename(site.out)}.link-`)) rmSync(join(dirname(site.out), entry), { force: true });
  }
  if (current.kind === 'in-place') discarded.push(...inPlaceLeftovers(current.target));
  discarded.push(trash);
  const staging = join(site.store, `${id}.partial`);
  mkdirSync(staging);
  return { staging, discarded };
}

export interface Published {
  readonly how: 'link' | 'in-place' | 'converted';
  readonly detail: string;
}

/** Puts a complete site live; until it returns, `out` is the previous site. */
export function publishSite(site: SiteStore, staging: string): Published {
  const current = outKind(site);
  const complete = staging.replace(/\.partial$/u, '');
  if (current.kind === 'in-place') {
    const { copied, removed } = replaceInPlace(staging, current.target, basename(complete));
    return { how: 'in-place', detail: `${current.why}: ${copied} file(s) replaced and ${removed} removed in place, each whole` };
  }
  renameSync(staging, complete);
  const link = join(dirname(site.out), `.${basename(site.out)}.link-${basename(complete)}`);
  const target = relative(dirname(site.out), complete);
  symlinkSync(isAbsolute(target) ? complete : target, link);
  if (current.kind === 'folder') {
    // A folder an earlier build wrote: moved into the store once, then replaced by the link.
    // Only this once is there a moment (two renames apart) when out is absent.
    renameSync(site.out, join(site.store, `${basename(complete)}-before`));
    renameSync(link, site.out);
    return { how: 'converted', detail: `${site.out} was a folder; it is now a link into ${site.store}, switched in one rename by every build from now on` };
  }
  renameSync(link, site.out);
  return { how: 'link', detail: `${site.out} → ${target}` };
}

/** Sets an unfinished site aside for the next build to delete: a rename, so a stop is quick. */
export function discardStaging(site: SiteStore, staging: string): void {
  try {
    mkdirSync(join(site.store, '.trash'), { recursive: true });
    renameSync(staging, join(site.store, '.trash', basename(staging)));
  } catch {
    // Already gone, or the store itself is: nothing is live there to protect.
  }
}
