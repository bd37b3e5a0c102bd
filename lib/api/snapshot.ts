/**
 * The build's one snapshot of the content: the archive parsed once by `index:content`, the first
 * step of `npm run build`, from one read of every file, with its related stories ranked. Every
 * later step (Next's page workers, the search indexer) reads this file and never the content
 * folder, so pages, search, feeds and sitemap are all made from the same text even if an editor
 * saves a file while the build runs: that edit is in the next build, named by a new content hash.
 *
 * The build says where the snapshot is in ARCHIVE_SNAPSHOT. Where that is set, a snapshot that
 * is missing, damaged or of another format is an error, never a reason to read the files again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { getDivision, type Region, type RegionCode } from '../records/regions/division';
import type { Article } from '../records/article';
import { columnRegistry, type Column, type ColumnRegistry } from '../records/columns';
import type { RelatedLink } from '../indexes/related/links';

/** Bump when the Article record or the snapshot's fields change shape. */
const snapshotFormat = 4;

export const snapshotVariable = 'ARCHIVE_SNAPSHOT';

/**
 * Records of a snapshot for the loader to reuse (LoadOptions.reuse): the record of a file whose
 * bytes are those the snapshot was made from.
 */
export function reusableRecords(snapshot: ArchiveSnapshot): (file: string, sha256: string) => Article | undefined {
  const byFile = new Map(snapshot.articles.map((article) => [article.file, article]));
  return (file, sha256) => (snapshot.sources.get(file) === sha256 ? byFile.get(file) : undefined);
}

export interface ArchiveSnapshot {
  /** SHA-256 of the content files' paths and bytes (lib/records/load.ts). */
  readonly contentHash: string;
  readonly articles: readonly Article[];
  readonly columns: ColumnRegistry;
  /** Related stories of every article, by slug, ranked when the snapshot was written. */
  readonly related: ReadonlyMap<string, readonly RelatedLink[]>;
  /** The SHA-256 of every content file read, by path (lib/records/load.ts): the next build reuses a record whose file is unchanged. */
  readonly sources: ReadonlyMap<string, string>;
}

interface SnapshotFile {
  readonly format: number;
  readonly contentHash: string;
  readonly columns: readonly Column[];
  /** Articles with their regions as codes and their column as its slug: shared data, not copied. */
  readonly articles: readonly (Omit<Article, 'regions' | 'column'> & { regions: RegionCode[]; column?: string })[];
  readonly related: Record<string, readonly RelatedLink[]>;
  readonly sources: Record<string, string>;
}

export function writeArchiveSnapshot(path: string, snapshot: ArchiveSnapshot): void {
  const file: SnapshotFile = {
    format: snapshotFormat,
    contentHash: snapshot.contentHash,
    columns: snapshot.columns.columns,
    articles: snapshot.articles.map(({ column, ...article }) => ({ ...article, regions: article.regions.map((region) => region.code), ...(column && { column: column.slug }) })),
    related: Object.fromEntries(snapshot.related),
    sources: Object.fromEntries(snapshot.sources),
  };
  mkdirSync(dirname(path), { recursive: true });
  // Written beside and renamed, so no reader ever sees half a file.
  writeFileSync(`${path}.tmp`, JSON.stringify(file));
  renameSync(`${path}.tmp`, path);
}

export function readArchiveSnapshot(path: string): ArchiveSnapshot {
  let file: SnapshotFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as SnapshotFile;
  } catch (error) {
    throw new Error(`the build's content snapshot ${path} cannot be read (${error instanceof Error ? error.message : String(error)}); run npm run build again`);
  }
  if (file.format !== snapshotFormat) throw new Error(`the build's content snapshot ${path} is of format ${file.format}, not ${snapshotFormat}; run npm run build again`);
  const { byCode } = getDivision();
  const columns = columnRegistry(file.columns);
  const articles = file.articles.map(({ column, ...article }): Article => {
    const registered = column === undefined ? undefined : columns.bySlug(column);
    return {
      ...article,
      ...(registered && { column: registered }),
      regions: article.regions.map((code) => byCode.get(code)).filter((region): region is Region => region !== undefined),
    };
  });
  return { contentHash: file.contentHash, articles, columns, related: new Map(Object.entries(file.related)), sources: new Map(Object.entries(file.sources)) };
}
