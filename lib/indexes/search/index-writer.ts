/**
 * Writes the search index (index-format.ts) of a list of articles, newest first. Every run of
 * one to four folded characters is indexed with the articles holding it, and every
 * four-character run with its positions, so that the browser matches any longer run exactly.
 * No word segmentation: what is indexed is what is printed.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { foldText, separator } from './fold';
import type { SearchDocument } from './document';
import { getRegion } from '../../records/regions';
import {
  ByteWriter,
  bucketOf,
  bucketPath,
  calendarPath,
  citationChunk,
  citationPath,
  columnsPath,
  type CitationEntry,
  documentPath,
  encodeBucket,
  encodeCalendar,
  encodeIds,
  externalPath,
  inlinePostingLimit,
  noColumn,
  positionedRunLength,
  regionPath,
  type PlaceEntry,
  type PostingKind,
  type SearchManifest,
} from './index-format';

/** Buckets of about this many bytes (uncompressed): few requests, little unrelated data. */
const bucketBytes = 4096;

/** A posting list being written, one article after another. */
class Posting {
  readonly bytes = new ByteWriter();
  last = -1;
}

/** Runs of one to four characters in one stream (by length - 1), with the positions where they start. */
type Runs = readonly Map<string, number[]>[];

function runsOf(text: string): Runs {
  const { chars } = foldText(text);
  const runs: Runs = Array.from({ length: positionedRunLength }, () => new Map<string, number[]>());
  for (let i = 0; i < chars.length; i += 1) {
    let key = '';
    for (let length = 0; length < positionedRunLength; length += 1) {
      const char = chars[i + length];
      if (char === undefined || char === separator) break;
      key += char;
      const positions = runs[length]!.get(key);
      if (positions) positions.push(i);
      else runs[length]!.set(key, [i]);
    }
  }
  return runs;
}

/** What a place is called without its suffix: 泉州 for 泉州市, 鲤城 for 鲤城区; a name of two characters keeps it. */
const placeSuffix = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|县|区|旗)$/u;

/** The names of the places with stories, each with the places it names (several 鼓楼区 share one). */
function placeNames(codes: Iterable<string>): Map<string, Posting> {
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
  const postings = new Map<string, Posting>();
  const encoder = new TextEncoder();
  for (const [key, places] of named) {
    const entry = new Posting();
    entry.bytes.append(encoder.encode(JSON.stringify(places)));
    postings.set(key, entry);
  }
  return postings;
}

/** Every run of characters within each name (names are short: at most 30 characters by the content contract). */
function nameRunsOf(names: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (const name of names) {
    const { chars } = foldText(name);
    for (let start = 0; start < chars.length; start += 1) {
      let key = '';
      for (let end = start; end < chars.length && chars[end] !== separator; end += 1) {
        key += chars[end];
        runs.add(key);
      }
    }
  }
  return runs;
}

export interface WrittenIndex {
  /** Paths relative to the site root (search-index/…), with their content. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly manifest: SearchManifest;
}

export function writeSearchIndex(documents: readonly SearchDocument[], columns: readonly string[]): WrittenIndex {
  const counts = new Map<string, Posting>();
  const positions = new Map<string, Posting>();
  const authors = new Map<string, Posting>();
  const regions = new Map<string, number[]>();
  const columnBytes = new Uint8Array(documents.length);
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();

  documents.forEach((document, id) => {
    const head = runsOf(document.head);
    const body = runsOf(document.body);
    for (let length = 0; length < positionedRunLength; length += 1) {
      for (const key of new Set([...head[length]!.keys(), ...body[length]!.keys()])) {
        const inHead = head[length]!.get(key) ?? [];
        const inBody = body[length]!.get(key) ?? [];
        appendEntry(counts, key, id, inHead.length, inBody.length);
        if (length === positionedRunLength - 1) appendPositions(positions, key, id, inHead, inBody);
      }
    }
    for (const key of nameRunsOf(document.authors)) appendEntry(authors, key, id, 0, 1);
    for (const code of document.regionCodes) {
      const ids = regions.get(code);
      if (ids) ids.push(id);
      else regions.set(code, [id]);
    }
    const column = document.columnSlug ? columns.indexOf(document.columnSlug) : -1;
    columnBytes[id] = column >= 0 ? column : noColumn;
    files.set(documentPath(id), encoder.encode(JSON.stringify(document.file)));
  });

  const buckets = { g: writeBuckets('g', counts, files), p: writeBuckets('p', positions, files), a: writeBuckets('a', authors, files), n: writeBuckets('n', placeNames(regions.keys()), files) };
  for (const [code, ids] of regions) files.set(regionPath(code), encodeIds(ids));
  files.set(columnsPath, columnBytes);
  files.set(calendarPath, encodeCalendar(documents.map((document) => document.file.date)));
  for (let chunk = 0; chunk * citationChunk < documents.length; chunk += 1) {
    const entries = documents.slice(chunk * citationChunk, (chunk + 1) * citationChunk).map((document): CitationEntry => [document.file.url, document.file.title, document.file.date, document.page ?? null, document.file.column, document.authors]);
    files.set(citationPath(chunk), encoder.encode(JSON.stringify(entries)));
  }

  // The folder is named by what it holds: a new build never mixes with a reader's cached files.
  const hash = createHash('sha256');
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(path).update(bytes);
  const folder = `/search-index/${hash.digest('hex').slice(0, 16)}/`;
  const manifest: SearchManifest = { folder, documents: documents.length, buckets, columns };
  // Stored compressed (index-format.ts), without a timestamp, so a build is reproducible; level 9
  // makes these files no smaller than the default 6 and takes twice as long.
  const placed = new Map<string, Uint8Array>([...files].map(([path, bytes]) => [`${folder.slice(1)}${path}`, gzipSync(bytes, { level: 6 })]));
  placed.set('search-index/manifest.json', encoder.encode(`${JSON.stringify(manifest)}\n`));
  return { files: placed, manifest };
}

function posting(postings: Map<string, Posting>, key: string, id: number): ByteWriter {
  let entry = postings.get(key);
  if (!entry) {
    entry = new Posting();
    postings.set(key, entry);
  }
  entry.bytes.varint(id - entry.last - 1);
  entry.last = id;
  return entry.bytes;
}

function appendEntry(postings: Map<string, Posting>, key: string, id: number, head: number, body: number): void {
  const bytes = posting(postings, key, id);
  bytes.varint(head);
  bytes.varint(body);
}

function appendPositions(postings: Map<string, Posting>, key: string, id: number, head: readonly number[], body: readonly number[]): void {
  const bytes = posting(postings, key, id);
  bytes.varint(head.length);
  bytes.varint(body.length);
  for (const list of [head, body]) {
    let previous = 0;
    for (const position of list) {
      bytes.varint(position - previous);
      previous = position;
    }
  }
}

/** Spreads postings over buckets by hash; a large posting gets its own file. Returns the count. */
function writeBuckets(kind: PostingKind, postings: ReadonlyMap<string, Posting>, files: Map<string, Uint8Array>): number {
  let inlineBytes = 0;
  for (const entry of postings.values()) if (entry.bytes.length <= inlinePostingLimit) inlineBytes += entry.bytes.length;
  const count = Math.max(1, Math.ceil(inlineBytes / bucketBytes));
  const grouped = Array.from({ length: count }, (): [string, Uint8Array | 'external'][] => []);
  for (const [key, entry] of [...postings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bytes = entry.bytes.result();
    if (bytes.length > inlinePostingLimit) {
      files.set(externalPath(kind, key), bytes.slice());
      grouped[bucketOf(key, count)]!.push([key, 'external']);
    } else grouped[bucketOf(key, count)]!.push([key, bytes]);
  }
  grouped.forEach((entries, bucket) => files.set(bucketPath(kind, bucket), encodeBucket(entries)));
  return count;
}
