/**
 * The files of the search index (written by index-writer.ts or index-update.ts, read by
 * engine.ts). Every article has a rank, 0 for the newest, in the archive's order (newest issue
 * first, then page and position), so "newest first" is rank order; the files hold its number, the
 * rank counted from the other end (0 for the oldest), so that a new day's stories are added at the
 * end of every posting and the files about older stories stay byte for byte as they were (an
 * incremental build keeps them). Postings are delta-coded lists of numbers; the decoders here
 * give ranks.
 *
 * - manifest.json (fixed name, read first): the folder of this build's files, counts, columns.
 * - <folder>/g/<bucket>.bin: for each run of one to four characters, the articles holding it,
 *   with how often it stands in the head (kicker, title, subtitle) and in the body. Each entry
 *   has two parts: the older stories (numbers below the manifest's `recent`), inline or, when
 *   large, in an x/ file, and the recent ones, always inline. `recent` moves only every
 *   `recentSpan` stories (PostingLayout), so a new day changes recent parts, which live in the small buckets,
 *   and leaves the large x/ files as they were: an incremental build keeps them.
 * - <folder>/p/<bucket>.bin: for each 4-character run, the same with every position, so longer
 *   runs are matched exactly by 4-character runs at the right distances.
 * - <folder>/a/<bucket>.bin: for every run of characters of every author's name (from the
 *   authors field), the articles by that author, so 作者：吴储岐 (or 储岐) finds them exactly.
 * - <folder>/n/<bucket>.bin: for every name of a place with stories (泉州市, and 泉州 without its
 *   suffix), the places so named, so words that name a place can offer its region filter.
 * - <folder>/x/<kind>-<hex>.bin: the older part of a posting too large to share a bucket.
 * - <folder>/columns.bin: one byte per article by number, its column's index in the manifest (255: none).
 * - <folder>/r/<code>.bin: the articles about a region or any place inside it.
 * - <folder>/d/<number>.bin: what a result shows (SearchDocumentFile, as JSON).
 * - <folder>/m/<chunk>.bin: what a citation of a result needs (CitationEntry), 256 articles a file
 *   by number, fetched only when a reader downloads the results.
 * - <folder>/dates.bin: the issue dates, newest first, with how many articles each holds: since
 *   ranks follow the dates, a date range is a run of ranks and a year's count is a sum of ranks.
 *
 * The folder is named by a hash of every stored file with its path.
 *
 * Every file but the manifest is stored gzip-compressed and inflated in the browser
 * (DecompressionStream), so it travels compressed from any static host, whatever types that host
 * compresses itself.
 */

export interface SearchManifest {
  /** This build's folder, ending in /; files in it never change, so they can be cached for good. */
  readonly folder: string;
  readonly documents: number;
  /** How many buckets each kind of posting is spread over. */
  readonly buckets: Readonly<Record<PostingKind, number>>;
  /** The first story number held in the recent part of a bucket entry (see above). */
  readonly recent: number;
  /** Column slugs in the order columns.bin numbers them. */
  readonly columns: readonly string[];
}

export const manifestPath = '/search-index/manifest.json';
/** Runs of one to this many characters are indexed; runs of exactly this many with their positions too. */
export const positionedRunLength = 4;
export const noColumn = 255;
/** The two numbers that shape the postings' files. Tests take small ones, to meet every shape in a small archive. */
export interface PostingLayout {
  /**
   * Where recent parts start moves in steps of this many stories: a new day's stories join the
   * recent parts (at most this many stories each, so buckets stay small), and once every span
   * (1,024 stories: 128 days of 8) the older parts take one in, and the index is written whole.
   */
  readonly recentSpan: number;
  /** Older parts of postings longer than this (bytes) get a file of their own. */
  readonly inlineLimit: number;
}

export const postingLayout: PostingLayout = { recentSpan: 1024, inlineLimit: 2048 };

/** The first number of the recent parts in an archive of `documents` stories. */
export const recentStart = (documents: number, layout: PostingLayout) => Math.floor(documents / layout.recentSpan) * layout.recentSpan;

export type PostingKind = 'g' | 'p' | 'a' | 'n';

/**
 * A story's rank from its number, or its number from its rank: each is the other counted from
 * the far end of an archive of `documents` stories.
 */
export const fromOtherEnd = (position: number, documents: number) => documents - 1 - position;

/** Buckets hold about this many bytes of postings (uncompressed): few requests, little unrelated data. */
const bucketBytes = 4096;
/** Bucket counts come in steps of 2^(1/4), so the count (and with it every bucket) stays as it is while an archive grows by up to a fifth. */
const stepsPerDoubling = 4;

/** How many buckets postings of this many inline bytes are spread over. */
export function bucketCountFor(inlineBytes: number): number {
  const exact = Math.max(1, inlineBytes / bucketBytes);
  return Math.ceil(2 ** (Math.ceil(Math.log2(exact) * stepsPerDoubling) / stepsPerDoubling));
}

/** A place a word names: its region code and full name (福建省泉州市). */
export type PlaceEntry = readonly [string, string];

/** FNV-1a over the UTF-16 code units: the same bucket on both sides. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

export const bucketPath = (kind: PostingKind, bucket: number) => `${kind}/${bucket}.bin`;
export const externalPath = (kind: PostingKind, key: string) => `x/${kind}-${[...key].map((c) => c.codePointAt(0)!.toString(16)).join('-')}.bin`;
export const regionPath = (code: string) => `r/${code}.bin`;
export const documentPath = (id: number) => `d/${id}.bin`;
export const columnsPath = 'columns.bin';
export const calendarPath = 'dates.bin';
/** Articles per file of citation entries. */
export const citationChunk = 256;
export const citationPath = (chunk: number) => `m/${chunk}.bin`;

/** A result as a citation gives it: path, title, date, page (or null), column name, authors. */
export type CitationEntry = readonly [string, string, string, number | null, string, readonly string[]];

/** A result as the search page shows it; head and body are the printed text. */
export interface SearchDocumentFile {
  readonly url: string;
  readonly title: string;
  readonly kicker?: string;
  readonly subtitle?: string;
  /** The column's display name, or 本版其他报道. */
  readonly column: string;
  readonly edition: string;
  readonly date: string;
  /** Paragraphs, headings and captions, one per line: the passage shown comes from here. */
  readonly body: string;
}

/**
 * The archive's issue dates, newest first, each with the first id of its articles and how many
 * there are: ids [start, start + count) were printed on that day.
 */
export interface Calendar {
  readonly dates: readonly string[];
  readonly starts: readonly number[];
  readonly counts: readonly number[];
}

const dayMilliseconds = 86_400_000;
/** Days are counted from 人民日报's first issue, so every one is a small positive number. */
const dayZero = Date.UTC(1948, 5, 15);
const dayNumber = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - dayZero) / dayMilliseconds);
const dateOfDay = (day: number) => new Date(dayZero + day * dayMilliseconds).toISOString().slice(0, 10);

/** The dates of articles in id order (newest first) as a calendar file: count, then (days back, articles) pairs. */
export function encodeCalendar(datesInIdOrder: readonly string[]): Uint8Array {
  const runs: [number, number][] = [];
  for (const date of datesInIdOrder) {
    const day = dayNumber(date);
    const last = runs.at(-1);
    if (last && last[0] === day) last[1] += 1;
    else if (last && last[0] < day) throw new Error(`search index: ${date} after an older issue; articles must be newest first`);
    else runs.push([day, 1]);
  }
  const writer = new ByteWriter();
  writer.varint(runs.length);
  let previous = runs[0]?.[0] ?? 0;
  writer.varint(previous);
  for (const [day, count] of runs) {
    writer.varint(previous - day);
    writer.varint(count);
    previous = day;
  }
  return writer.result();
}

export function decodeCalendar(bytes: Uint8Array): Calendar {
  const reader = new ByteReader(bytes);
  const dates: string[] = [];
  const starts: number[] = [];
  const counts: number[] = [];
  const runs = reader.varint();
  let day = reader.varint();
  let start = 0;
  for (let i = 0; i < runs; i += 1) {
    day -= reader.varint();
    const count = reader.varint();
    dates.push(dateOfDay(day));
    starts.push(start);
    counts.push(count);
    start += count;
  }
  return { dates, starts, counts };
}

/** Inflates a stored file (see above). */
export async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export class ByteWriter {
  private bytes = new Uint8Array(64);
  length = 0;

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.push(rest);
  }

  append(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  push(byte: number): void {
    this.reserve(1);
    this.bytes[this.length] = byte;
    this.length += 1;
  }

  private reserve(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + more) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

export class ByteReader {
  offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.offset];
      if (byte === undefined) throw new Error('search index: truncated number');
      this.offset += 1;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }

  take(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new Error('search index: truncated entry');
    const part = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return part;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A bucket entry: the posting's older part inline or a mark that it has a file of its own
 * ('external'), and its recent part, whose first gap counts from the manifest's `recent` - 1.
 */
export interface BucketEntry {
  readonly older: Uint8Array | 'external';
  readonly recent: Uint8Array;
}

/** A bucket: entries of (key, older part or 'external' mark, recent part). */
export function encodeBucket(entries: readonly (readonly [string, BucketEntry])[]): Uint8Array {
  const writer = new ByteWriter();
  writer.varint(entries.length);
  for (const [key, { older, recent }] of entries) {
    const keyBytes = encoder.encode(key);
    writer.varint(keyBytes.length);
    writer.append(keyBytes);
    if (older === 'external') writer.varint(0);
    else {
      writer.varint(older.length + 1);
      writer.append(older);
    }
    writer.varint(recent.length);
    writer.append(recent);
  }
  return writer.result();
}

export function decodeBucket(bytes: Uint8Array): Map<string, BucketEntry> {
  const reader = new ByteReader(bytes);
  const entries = new Map<string, BucketEntry>();
  for (let count = reader.varint(); count > 0; count -= 1) {
    const key = decoder.decode(reader.take(reader.varint()));
    const length = reader.varint();
    const older = length === 0 ? 'external' : reader.take(length - 1);
    entries.set(key, { older, recent: reader.take(reader.varint()) });
  }
  return entries;
}

/** A list of story numbers, ascending: count, then gaps. */
export function encodeIds(numbers: readonly number[]): Uint8Array {
  const writer = new ByteWriter();
  writer.varint(numbers.length);
  let previous = -1;
  for (const number of numbers) {
    writer.varint(number - previous - 1);
    previous = number;
  }
  return writer.result();
}

/** The ranks of a list of numbers in an archive of `documents` stories. */
export function decodeIds(bytes: Uint8Array, documents: number): number[] {
  const reader = new ByteReader(bytes);
  const ranks: number[] = [];
  let previous = -1;
  for (let count = reader.varint(); count > 0; count -= 1) {
    previous += reader.varint() + 1;
    ranks.push(fromOtherEnd(previous, documents));
  }
  return ranks;
}

/** Occurrences of a run in one article. */
export interface Occurrences {
  readonly head: number;
  readonly body: number;
}

/** Occurrences with their positions, one list per stream. */
export interface Positions {
  readonly head: readonly number[];
  readonly body: readonly number[];
}

/** A posting of counts, by rank, added to `postings`; `after` is the number its first gap counts from. */
export function decodeCounts(bytes: Uint8Array, documents: number, after = -1, postings = new Map<number, Occurrences>()): Map<number, Occurrences> {
  const reader = new ByteReader(bytes);
  let previous = after;
  while (!reader.done) {
    previous += reader.varint() + 1;
    postings.set(fromOtherEnd(previous, documents), { head: reader.varint(), body: reader.varint() });
  }
  return postings;
}

/** A posting of positions, by rank, added to `postings`; `after` is the number its first gap counts from. */
export function decodePositions(bytes: Uint8Array, documents: number, after = -1, postings = new Map<number, Positions>()): Map<number, Positions> {
  const reader = new ByteReader(bytes);
  let previous = after;
  const list = (count: number) => {
    const positions: number[] = [];
    let position = 0;
    for (let i = 0; i < count; i += 1) {
      position += reader.varint();
      positions.push(position);
    }
    return positions;
  };
  while (!reader.done) {
    previous += reader.varint() + 1;
    const heads = reader.varint();
    const bodies = reader.varint();
    postings.set(fromOtherEnd(previous, documents), { head: list(heads), body: list(bodies) });
  }
  return postings;
}
