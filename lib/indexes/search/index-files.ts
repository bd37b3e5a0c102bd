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
  type BucketEntry,
  type CitationEntry,
  encodeBucket,
  encodeCalendar,
  encodeIds,
  externalPath,
  noColumn,
  regionPath,
  type PlaceEntry,
  type PostingLayout,
  type PostingKind,
  type SearchManifest,
} from './index-format';

/** A posting being written, one story number after another (ascending), its first gap counted from `last`. */
export class PostingWriter {
  readonly bytes = new ByteWriter();
  constructor(private last = -1) {}

  /** Starts the entry of `number` (its gap) and returns where its payload goes. */
  entry(number: number): ByteWriter {
    this.bytes.varint(number - this.last - 1);
    this.last = number;
    return this.bytes;
  }
}

/** The writer of `key`, made by `make` the first time. */
export function writerOf<T>(writers: Map<string, T>, key: string, make: () => T): T {
  let writer = writers.get(key);
  if (!writer) {
    writer = make();
    writers.set(key, writer);
  }
  return writer;
}

/** A posting written in its two parts (index-format.ts): stories before `recent`, and from it on. */
export class SplitPostingWriter {
  readonly older = new PostingWriter();
  readonly recent: PostingWriter;
  constructor(private readonly recentFrom: number) {
    this.recent = new PostingWriter(recentFrom - 1);
  }

  entry(number: number): ByteWriter {
    return number < this.recentFrom ? this.older.entry(number) : this.recent.entry(number);
  }

  parts(): PostingParts {
    return { older: this.older.bytes.result(), recent: this.recent.bytes.result() };
  }
}

/** A posting's two parts as bytes. */
export interface PostingParts {
  readonly older: Uint8Array;
  readonly recent: Uint8Array;
}

export const isExternal = (posting: Uint8Array, layout: PostingLayout) => posting.length > layout.inlineLimit;

/** Bytes of postings that stand inline in their bucket. */
export function inlineBytesOf(entries: Iterable<BucketEntry>): number {
  let bytes = 0;
  for (const { older, recent } of entries) bytes += (older === 'external' ? 0 : older.length) + recent.length;
  return bytes;
}

const byKey = ([a]: readonly [string, unknown], [b]: readonly [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** The contents of `count` buckets, by bucket: entries in key order within each. */
export function bucketContents(entries: Iterable<readonly [string, BucketEntry]>, count: number): Uint8Array[] {
  const grouped = Array.from({ length: count }, (): [string, BucketEntry][] => []);
  for (const [key, entry] of entries) grouped[bucketOf(key, count)]!.push([key, entry]);
  return grouped.map((bucket) => encodeBucket(bucket.sort(byKey)));
}

/** Every posting of one kind as files: large older parts on their own, the rest in buckets. Returns the bucket count. */
export function postingFiles(kind: PostingKind, postings: ReadonlyMap<string, PostingParts>, files: Map<string, Uint8Array>, layout: PostingLayout): number {
  const entries: [string, BucketEntry][] = [];
  for (const [key, { older, recent }] of postings) {
    if (isExternal(older, layout)) {
      files.set(externalPath(kind, key), older.slice());
      entries.push([key, { older: 'external', recent }]);
    } else entries.push([key, { older, recent }]);
  }
  const count = bucketCountFor(inlineBytesOf(entries.map(([, entry]) => entry)));
  bucketContents(entries, count).forEach((bytes, bucket) => files.set(bucketPath(kind, bucket), bytes));
  return count;
}

const encoder = new TextEncoder();
const none = new Uint8Array();
const newPosting = () => new PostingWriter();

/** What a place is called without its suffix: 泉州 for 泉州市, 鲤城 for 鲤城区; a name of two characters keeps it. */
const placeSuffix = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|区|旗)$/u;

/** The names of the places with stories, each with the places it names (several 鼓楼区 share one). */
function placeNames(codes: Iterable<string>): Map<string, PostingParts> {
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
  return new Map([...named].map(([key, places]) => [key, { older: encoder.encode(JSON.stringify(places)), recent: none }]));
}

/** What a result shows of a story: d/<number>.bin. */
export const documentFile = (document: SearchDocument) => encoder.encode(JSON.stringify(document.file));

/**
 * The files read off every story's metadata (authors, places, column, date, citation): cheap to
 * write whole, so every build does. Returns the counts of author and place-name buckets.
 */
export function metadataFiles(documents: readonly SearchDocument[], columns: readonly string[], files: Map<string, Uint8Array>, layout: PostingLayout): { a: number; n: number } {
  const authors = new Map<string, PostingWriter>();
  const regions = new Map<string, number[]>();
  const columnBytes = new Uint8Array(documents.length);
  // By number: oldest first.
  for (let number = 0; number < documents.length; number += 1) {
    const document = documents[documents.length - 1 - number]!;
    for (const key of nameRunsOf(document.authors)) writeCounts(writerOf(authors, key, newPosting).entry(number), 0, 1);
    for (const code of document.regionCodes) {
      const numbers = regions.get(code);
      if (numbers) numbers.push(number);
      else regions.set(code, [number]);
    }
    const column = document.columnSlug ? columns.indexOf(document.columnSlug) : -1;
    columnBytes[number] = column >= 0 ? column : noColumn;
  }
  // Metadata is written whole by every build: all of it in the older parts.
  const a = postingFiles('a', new Map([...authors].map(([key, posting]) => [key, { older: posting.bytes.result(), recent: none }])), files, layout);
  const n = postingFiles('n', placeNames(regions.keys()), files, layout);
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
