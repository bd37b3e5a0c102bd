/**
 * The build's one snapshot of the content: the archive parsed once by `index:content`, the first
 * step of `npm run build`, from one read of every file, with its related stories ranked. Every
 * later step (Next's page workers, the search indexer) reads this file and never the content
 * folder, so pages, search, feeds and sitemap are all made from the same text even if an editor
 * saves a file while the build runs: that edit is in the next build, named by a new content hash.
 *
 * The build says where the snapshot is in ARCHIVE_SNAPSHOT. Where that is set, a snapshot that
 * is missing, damaged or of another format is an error, never a reason to read the files again.
 *
 * The file is one line of JSON, the records without their bodies, followed by the bodies' HTML as
 * UTF-8 bytes; a record's `html` is read from those bytes when something reads it. A page worker
 * renders a day's few articles, and decoding every body it never shows was two thirds of reading
 * the snapshot (18 of 27 million characters at 10,000 stories), paid by every worker of every build.
 */
import { getDivision, type Region, type RegionCode } from '../records/regions/division';
import type { Article } from '../records/article';
import { columnRegistry, type Column, type ColumnRegistry } from '../records/columns';
import type { RelatedLink } from '../indexes/related/links';
import { readLineAndBytes, writeLineAndBytes, writeLineAndBytesBeside } from './line-and-bytes';

/** Bump when the Article record or the snapshot's fields change shape. */
const snapshotFormat = 5;

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

/** Where a record's body is among the bytes after the JSON line: [start, end). */
type BodyRange = readonly [number, number];

interface SnapshotFile {
  readonly format: number;
  readonly contentHash: string;
  readonly columns: readonly Column[];
  /** Articles with their regions as codes, their column as its slug (shared data, not copied) and their body as its place after the JSON. */
  readonly articles: readonly (Omit<Article, 'regions' | 'column' | 'html'> & { regions: RegionCode[]; column?: string; html: BodyRange })[];
  readonly related: Record<string, readonly RelatedLink[]>;
  readonly sources: Record<string, string>;
  /** How many bytes of bodies follow the JSON line: fewer is a damaged file. */
  readonly bodyBytes: number;
}

/**
 * The bodies of records read from a snapshot, as their bytes there: writing the next snapshot
 * copies them without decoding them. Decoding and encoding again every unchanged body was most of
 * writing a new day's snapshot at 100,000 stories: 600 MB of strings made and dropped, and the
 * collector marking a heap of 2.5 GB every 2 s for the Buffers made from them.
 */
const bodyBytes = new WeakMap<Article, Buffer>();

export function writeArchiveSnapshot(path: string, snapshot: ArchiveSnapshot): void {
  const { line, bodies } = snapshotBytes(snapshot);
  writeLineAndBytes(path, line, bodies);
}

/**
 * The same file, written by libuv's threads while the caller goes on (line-and-bytes.ts): at
 * 100,000 stories the 650 MB took 3 s, which the build's page digests (index-content.ts) now run
 * beside. The records are read before this returns; the write ends with the promise.
 */
export function writeArchiveSnapshotBeside(path: string, snapshot: ArchiveSnapshot): Promise<void> {
  const { line, bodies } = snapshotBytes(snapshot);
  return writeLineAndBytesBeside(path, line, bodies);
}

/** The JSON line (records without bodies) and the bodies' bytes that follow it. */
function snapshotBytes(snapshot: ArchiveSnapshot): { line: string; bodies: Uint8Array[] } {
  const bodies: Uint8Array[] = [];
  let bodyLength = 0;
  const bodyRange = (article: Article): BodyRange => {
    const bytes = bodyBytes.get(article) ?? Buffer.from(article.html, 'utf8');
    bodies.push(bytes);
    bodyLength += bytes.length;
    return [bodyLength - bytes.length, bodyLength];
  };
  const file: SnapshotFile = {
    format: snapshotFormat,
    contentHash: snapshot.contentHash,
    columns: snapshot.columns.columns,
    articles: snapshot.articles.map((article) => fileRecord(article, bodyRange(article))),
    related: Object.fromEntries(snapshot.related),
    sources: Object.fromEntries(snapshot.sources),
    bodyBytes: bodyLength,
  };
  return { line: JSON.stringify(file), bodies };
}

/**
 * A record as the file holds it. Its fields are copied by name, not spread: spreading a record
 * read from a snapshot would call its body's getter and decode the body.
 */
function fileRecord(article: Article, html: BodyRange): SnapshotFile['articles'][number] {
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(article) as (keyof Article)[]) {
    if (key === 'html') record.html = html;
    else if (key === 'regions') record.regions = article.regions.map((region) => region.code);
    else if (key === 'column') record.column = article.column?.slug;
    else record[key] = article[key];
  }
  return record as SnapshotFile['articles'][number];
}

export function readArchiveSnapshot(path: string): ArchiveSnapshot {
  let file: SnapshotFile;
  let bodies: Buffer;
  try {
    const { line, bytes } = readLineAndBytes(path);
    file = JSON.parse(line) as SnapshotFile;
    bodies = bytes;
    if (file.format === snapshotFormat && bodies.length !== file.bodyBytes) throw new Error(`${file.bodyBytes} bytes of bodies expected, ${bodies.length} found`);
  } catch (error) {
    throw new Error(`the build's content snapshot ${path} cannot be read (${error instanceof Error ? error.message : String(error)}); run npm run build again`);
  }
  if (file.format !== snapshotFormat) throw new Error(`the build's content snapshot ${path} is of format ${file.format}, not ${snapshotFormat}; run npm run build again`);
  const { byCode } = getDivision();
  const columns = columnRegistry(file.columns);
  const articles = file.articles.map(({ column, ...article }): Article => {
    const registered = column === undefined ? undefined : columns.bySlug(column);
    const [start, end] = article.html;
    const record = {
      ...article,
      ...(registered && { column: registered }),
      regions: article.regions.map((code) => byCode.get(code)).filter((region): region is Region => region !== undefined),
    };
    bodyBytes.set(record as unknown as Article, bodies.subarray(start, end));
    // Decoded on first read, then kept.
    return Object.defineProperty(record, 'html', {
      enumerable: true,
      configurable: true,
      get: () => {
        const html = bodies.toString('utf8', start, end);
        Object.defineProperty(record, 'html', { value: html, enumerable: true });
        return html;
      },
    }) as unknown as Article;
  });
  return { contentHash: file.contentHash, articles, columns, related: new Map(Object.entries(file.related)), sources: new Map(Object.entries(file.sources)) };
}
