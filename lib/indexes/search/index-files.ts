/**
 * The parts of the search index (index-format.ts) that the full writer (index-writer.ts) and the
 * incremental update (index-update.ts) make alike: postings written number after number, buckets,
 * the files read off the whole archive's metadata, and the folder named by what it holds.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { foldText } from './fold';
import type { SearchDocument } from './document';
import { nameRunsOf, writeCounts } from './runs';
import { getRegion } from '../../records/regions';
import {
  ByteWriter,
  bucketCountFor,
  bucketOf,
  bucketPath,
  calendarPath,
  citationChunk,
  citationPath,
  columnsPath,
  type CitationEntry,
  encodeBucket,
  encodeCalendar,
  encodeIds,
  externalPath,
  inlinePostingLimit,
  noColumn,
  regionPath,
  type PlaceEntry,
  type PostingKind,
  type SearchManifest,
} from './index-format';

/** A posting being written, one story number after another (ascending). */
export class PostingWriter {
  readonly bytes = new ByteWriter();
  private last = -1;

  /** Starts the entry of `number` (its gap) and returns where its payload goes. */
  entry(number: number): ByteWriter {
    this.bytes.varint(number - this.last - 1);
    this.last = number;
    return this.bytes;
  }
}

export function postingOf(postings: Map<string, PostingWriter>, key: string): PostingWriter {
  let posting = postings.get(key);
  if (!posting) {
    posting = new PostingWriter();
    postings.set(key, posting);
  }
  return posting;
}

/** A bucket's or the index's entries: the posting inline, or a mark that it has a file of its own. */
export type BucketEntry = Uint8Array | 'external';

export const isExternal = (posting: Uint8Array) => posting.length > inlinePostingLimit;

/** Bytes of postings that stand inline in their bucket. */
export function inlineBytesOf(entries: Iterable<BucketEntry>): number {
  let bytes = 0;
  for (const entry of entries) if (entry !== 'external') bytes += entry.length;
  return bytes;
}

const byKey = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** The contents of `count` buckets, by bucket: entries in key order within each. */
export function bucketContents(entries: Iterable<readonly [string, BucketEntry]>, count: number): Uint8Array[] {
  const grouped = Array.from({ length: count }, (): [string, BucketEntry][] => []);
  for (const [key, entry] of entries) grouped[bucketOf(key, count)]!.push([key, entry]);
  return grouped.map((bucket) => encodeBucket(bucket.sort(byKey)));
}

/** Every posting of one kind as files: the large ones on their own, the rest in buckets. Returns the bucket count. */
export function postingFiles(kind: PostingKind, postings: ReadonlyMap<string, ByteWriter>, files: Map<string, Uint8Array>): number {
  const entries: [string, BucketEntry][] = [];
  for (const [key, writer] of postings) {
    const bytes = writer.result();
    if (isExternal(bytes)) {
      files.set(externalPath(kind, key), bytes.slice());
      entries.push([key, 'external']);
    } else entries.push([key, bytes]);
  }
  const count = bucketCountFor(inlineBytesOf(entries.map(([, entry]) => entry)));
  bucketContents(entries, count).forEach((bytes, bucket) => files.set(bucketPath(kind, bucket), bytes));
  return count;
}

/** What a place is called without its suffix: 泉州 for 泉州市, 鲤城 for 鲤城区; a name of two characters keeps it. */
const placeSuffix = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|区|旗)$/u;

/** The names of the places with stories, each with the places it names (several 鼓楼区 share one). */
function placeNames(codes: Iterable<string>): Map<string, ByteWriter> {
  const named = new Map<string, PlaceEntry[]>();
  for (const code of codes) {
    const region = getRegion(code);
    if (!region) continue;
    const short = region.name.replace(placeSuffix, '');
    for (const name of new Set([region.name, ...([...short].length >= 2 ? [short] : [])])) {
      const key = foldText(name).chars.join('');
      named.set(key, [...(named.get(key) ?? []), [region.code, region.fullName]]);
    }
  }
  const encoder = new TextEncoder();
  return new Map([...named].map(([key, places]) => {
    const entry = new ByteWriter();
    entry.append(encoder.encode(JSON.stringify(places)));
    return [key, entry];
  }));
}

const encoder = new TextEncoder();

/** What a result shows of a story: d/<number>.bin. */
export const documentFile = (document: SearchDocument) => encoder.encode(JSON.stringify(document.file));

/**
 * The files read off every story's metadata (authors, places, column, date, citation): cheap to
 * write whole, so every build does. Returns the counts of author and place-name buckets.
 */
export function metadataFiles(documents: readonly SearchDocument[], columns: readonly string[], files: Map<string, Uint8Array>): { a: number; n: number } {
  const authors = new Map<string, PostingWriter>();
  const regions = new Map<string, number[]>();
  const columnBytes = new Uint8Array(documents.length);
  // By number: oldest first.
  for (let number = 0; number < documents.length; number += 1) {
    const document = documents[documents.length - 1 - number]!;
    for (const key of nameRunsOf(document.authors)) writeCounts(postingOf(authors, key).entry(number), 0, 1);
    for (const code of document.regionCodes) {
      const numbers = regions.get(code);
      if (numbers) numbers.push(number);
      else regions.set(code, [number]);
    }
    const column = document.columnSlug ? columns.indexOf(document.columnSlug) : -1;
    columnBytes[number] = column >= 0 ? column : noColumn;
  }
  const a = postingFiles('a', new Map([...authors].map(([key, posting]) => [key, posting.bytes])), files);
  const n = postingFiles('n', placeNames(regions.keys()), files);
  for (const [code, numbers] of regions) files.set(regionPath(code), encodeIds(numbers));
  files.set(columnsPath, columnBytes);
  files.set(calendarPath, encodeCalendar(documents.map((document) => document.file.date)));
  const oldestFirst = [...documents].reverse();
  for (let chunk = 0; chunk * citationChunk < documents.length; chunk += 1) {
    const entries = oldestFirst.slice(chunk * citationChunk, (chunk + 1) * citationChunk).map((document): CitationEntry => [document.file.url, document.file.title, document.file.date, document.page ?? null, document.file.column, document.authors]);
    files.set(citationPath(chunk), encoder.encode(JSON.stringify(entries)));
  }
  return { a, n };
}

/** A file as stored: gzip without a timestamp, so a build is reproducible; level 9 makes these files no smaller than the default 6 and takes twice as long. */
export const stored = (bytes: Uint8Array) => gzipSync(bytes, { level: 6 });

export interface WrittenIndex {
  /** Files to write, by path relative to the site root (search-index/…), as stored. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Files the previous index holds byte for byte: path in the new site → path in the previous one. */
  readonly kept: ReadonlyMap<string, string>;
  readonly manifest: SearchManifest;
}

/**
 * The digest of every file of an index, by path within its folder: the folder is named by them,
 * and the next build names its own from them without reading the files it keeps. It is not read
 * by readers.
 */
export const digestsFile = 'digests.txt';

export const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 20);

export function readDigests(bytes: Uint8Array): Map<string, string> {
  const digests = new Map<string, string>();
  for (const line of new TextDecoder().decode(bytes).split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0) digests.set(line.slice(0, space), line.slice(space + 1));
  }
  return digests;
}

/**
 * Places the stored files in the folder named by all of them (paths within the folder, and their
 * digests, `keptDigests` for the kept ones), so a reader's cached files never mix with a new build's.
 */
export function placeIndex(written: ReadonlyMap<string, Uint8Array>, kept: ReadonlyMap<string, string>, keptDigests: ReadonlyMap<string, string>, manifest: Omit<SearchManifest, 'folder'>): WrittenIndex {
  const paths = [...written.keys(), ...kept.keys()].sort();
  const digests = encoder.encode(paths.map((path) => `${path} ${written.has(path) ? digestOf(written.get(path)!) : keptDigests.get(path)!}\n`).join(''));
  const folder = `/search-index/${digestOf(digests).slice(0, 16)}/`;
  const complete: SearchManifest = { folder, ...manifest };
  const files = new Map([...written].map(([path, bytes]) => [`${folder.slice(1)}${path}`, bytes]));
  files.set(`${folder.slice(1)}${digestsFile}`, digests);
  files.set('search-index/manifest.json', encoder.encode(`${JSON.stringify(complete)}\n`));
  return { files, kept: new Map([...kept].map(([path, from]) => [`${folder.slice(1)}${path}`, from])), manifest: complete };
}
