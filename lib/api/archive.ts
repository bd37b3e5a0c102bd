/**
 * The archive, loaded once per process. In a build it comes from the snapshot `npm run build`
 * writes first (lib/api/snapshot.ts), so page workers and the search indexer neither read the files
 * nor parse Markdown nor rank related stories, and all of them see the same text; elsewhere (next
 * dev, tests) files are read and parsed once per process. A wrong file fails the caller with every
 * problem. Everything derived from the archive (lib/api/derived.ts) is built from this one list.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../records/article';
import type { Column, ColumnRegistry } from '../records/columns';
import { ContentValidationError } from '../records/errors';
import { loadArticles } from '../records/load';
import { contentRoot } from '../site/settings';
import { archiveMaps } from '../indexes/archive-maps';
import { rankRelatedStories } from '../indexes/related';
import type { RelatedLink } from '../indexes/related/links';
import { readArchiveSnapshot, snapshotVariable, type ArchiveSnapshot } from './snapshot';
import { awaitBuildFile } from './build-files';

interface Archive {
  readonly articles: readonly Article[];
  readonly columns: ColumnRegistry;
  /** The SHA-256 of each content file's bytes, by the file's path as articles name it. */
  readonly sources: ReadonlyMap<string, string>;
  /** Ranked when the snapshot was written; without one, ranked on first use (rankRelatedStories either way). */
  readonly related: () => ReadonlyMap<string, readonly RelatedLink[]>;
}

const archives = new Map<string, Archive>();

/** The value `map` holds for `key`, made and kept on first use. */
function memoised<Key, Value>(map: Map<Key, Value>, key: Key, make: () => Value): Value {
  if (!map.has(key)) map.set(key, make());
  return map.get(key)!;
}

export function archive(root: string = contentRoot()): Archive {
  return memoised(archives, resolve(root), () => readArchive(root));
}

/**
 * Snapshots read in this process, shared by every copy of this module in it: Next bundles lib/api/
 * once per server layer (app pages, route handlers), and each copy read the snapshot again: at
 * 10,000 stories every page worker decoded 62 MB twice, about 1 s of a day's publish. Keyed by the
 * file's identity as well as its path, since a snapshot is only ever replaced by a rename.
 */
const sharedSnapshots: Map<string, ArchiveSnapshot> = ((globalThis as { [key: symbol]: Map<string, ArchiveSnapshot> | undefined })[Symbol.for('rmrb-reader.snapshots')] ??= new Map());

function snapshotKey(path: string): string {
  const { ino, size, mtimeMs } = statSync(path, { throwIfNoEntry: false }) ?? {};
  return `${resolve(path)}:${ino}:${size}:${mtimeMs}`;
}

function sharedSnapshot(path: string): ArchiveSnapshot {
  if (adopted && adopted.path === resolve(path)) return adopted.snapshot;
  awaitBuildFile(path);
  return memoised(sharedSnapshots, snapshotKey(path), () => readArchiveSnapshot(path));
}

/** The snapshot this process writes, by its path. */
let adopted: { readonly path: string; readonly snapshot: ArchiveSnapshot } | undefined;

/**
 * The snapshot this process is writing at `path`: index:content digests every page over it
 * instead of reading the file back (0.4 s at 10,000 stories), while its bytes are still being
 * written (so never by the file's identity, which it has not yet). A page's digest names each
 * record by its file's hash (lib/api/static-pages.ts), so records in memory and read back digest alike.
 */
export function adoptWrittenSnapshot(path: string, snapshot: ArchiveSnapshot): void {
  adopted = { path: resolve(path), snapshot };
}

function readArchive(root: string): Archive {
  const snapshot = process.env[snapshotVariable];
  if (snapshot) {
    const { articles, columns, related, sources } = sharedSnapshot(snapshot);
    return { articles, columns, sources, related: () => related };
  }
  const { articles, columns, errors, sources } = loadArticles(root);
  if (errors.length > 0) throw new ContentValidationError(errors);
  let ranked: ReadonlyMap<string, readonly RelatedLink[]> | undefined;
  return { articles, columns, sources, related: () => (ranked ??= rankRelatedStories(articles)) };
}

/** The archive's registered columns, in registry order (content/columns.yaml). */
export function getColumns(): readonly Column[] {
  return archive().columns.columns;
}

export function findColumnBySlug(slug: string): Column | undefined {
  return archive().columns.bySlug(slug);
}

/** Every article, newest issue first, in page order within an issue. */
export function getArticles(): readonly Article[] {
  return archive().articles;
}

/** The SHA-256 of each content file the archive was read from (by Article.file): what an incremental build compares. */
export function getSourceHashes(): ReadonlyMap<string, string> {
  return archive().sources;
}

/** The article at /articles/<slug>/, if there is one (the slug may come from an address). */
export function getArticle(slug: string): Article | undefined {
  const { articles } = archive();
  return archiveMaps(articles).bySlug.get(slug);
}

/** Articles of one column, or those printed without a column when `column` is undefined. */
export function getArticlesInColumn(column: Column | undefined): readonly Article[] {
  return archiveMaps(archive().articles).byColumn.get(column?.slug ?? '') ?? [];
}

/** The related stories shown under an article, each with the reason it is there. */
export function getRelatedLinks(article: Article): readonly { article: Article; reason: string }[] {
  const { articles, related } = archive();
  const { bySlug } = archiveMaps(articles);
  return (related().get(article.slug) ?? []).map((link) => ({ article: bySlug.get(link.slug)!, reason: link.reason }));
}

/** The stories the editors linked by hand (the `related` field), in their order. */
export function getRelatedArticles(article: Article): Article[] {
  const { bySlug } = archiveMaps(archive().articles);
  return article.related.map((slug) => bySlug.get(slug)).filter((found) => found !== undefined);
}
