/**
 * The parsed archive, written once per build and read by every page worker, so Markdown is parsed
 * and related stories are ranked once per build, not once per worker or per page.
 *
 * The cache is keyed by a fingerprint of the content folder (every file's path, size and
 * modification time: a stat per file, no reading), so an edited, added or removed file makes it
 * stale and the reader parses the files again instead of serving old text.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { getDivision, type Region, type RegionCode } from '../records/regions/division';
import type { Article } from '../records/article';
import { listFiles } from '../records/list-files';
import type { RelatedLink } from '../indexes/related/links';

/** Bump when the Article record or the cached fields change shape. */
const cacheFormat = 1;

export interface CachedArchive {
  readonly articles: readonly Article[];
  /** Related stories of every article, by slug, ranked when the cache was written. */
  readonly related: ReadonlyMap<string, readonly RelatedLink[]>;
}

interface CacheFile {
  readonly format: number;
  readonly fingerprint: string;
  /** Articles with their regions written as codes: a Region is shared data, not copied. */
  readonly articles: readonly (Omit<Article, 'regions'> & { regions: RegionCode[] })[];
  readonly related: Record<string, readonly RelatedLink[]>;
}

export function cachePath(root: string): string {
  const key = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16);
  return join(process.env.CONTENT_CACHE_DIR ?? '.cache/content', `${key}.json`);
}

/** Changes whenever a content file is added, removed, renamed, resized or touched. */
export function contentFingerprint(root: string): string {
  const hash = createHash('sha256').update(`format ${cacheFormat}\n`);
  for (const path of listFiles(root)) {
    const stat = statSync(path);
    hash.update(`${relative(root, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export function writeArchiveCache(root: string, archive: CachedArchive): string {
  const file: CacheFile = {
    format: cacheFormat,
    fingerprint: contentFingerprint(root),
    articles: archive.articles.map((article) => ({ ...article, regions: article.regions.map((region) => region.code) })),
    related: Object.fromEntries(archive.related),
  };
  const path = cachePath(root);
  mkdirSync(dirname(path), { recursive: true });
  // Written beside and renamed, so a worker never reads half a file.
  writeFileSync(`${path}.tmp`, JSON.stringify(file));
  renameSync(`${path}.tmp`, path);
  return path;
}

/** The cached archive, or undefined when there is none or the content has changed since. */
export function readArchiveCache(root: string): CachedArchive | undefined {
  let file: CacheFile;
  try {
    file = JSON.parse(readFileSync(cachePath(root), 'utf8')) as CacheFile;
  } catch {
    return undefined;
  }
  if (file.format !== cacheFormat || file.fingerprint !== contentFingerprint(root)) return undefined;
  const { byCode } = getDivision();
  const articles = file.articles.map((article) => ({
    ...article,
    regions: article.regions.map((code) => byCode.get(code)).filter((region): region is Region => region !== undefined),
  }));
  return { articles, related: new Map(Object.entries(file.related)) };
}
