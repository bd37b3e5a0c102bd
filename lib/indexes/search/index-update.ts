/**
 * Updates the previous build's search index to the one index-writer.ts would write for the
 * archive now, touching only the postings of the stories that changed. Stories are numbered from
 * the oldest (index-format.ts), so while every story of the previous build keeps its number (a new
 * day added, stories edited in place) each posting changes only in the entries of changed stories:
 * the other entries are copied as bytes, untouched buckets, large postings and result files are
 * kept as they are, and only the archive's metadata files (authors, places, columns, dates,
 * citations: cheap) are written whole. A new day's stories go into the postings' recent parts,
 * in the buckets; the large older parts (x/ files) change only for edited older stories. The
 * caller falls back to a full write when numbers move or the recent parts' start moves.
 */
import { gunzipSync } from 'node:zlib';
import type { IndexedText, SearchDocument } from './document';
import { skipPayload, visitRuns, writeCounts, writePositions } from './runs';
import { bucketContents, digestOf, digestsFile, documentFile, inlineBytesOf, isExternal, metadataFiles, placeIndex, readDigests, stored, type WrittenIndex } from './index-files';
import { ByteReader, ByteWriter, bucketCountFor, bucketOf, bucketPath, decodeBucket, documentPath, externalPath, postingLayout, recentStart, type BucketEntry, type PostingLayout, type SearchManifest } from './index-format';

export interface PreviousIndex {
  readonly manifest: SearchManifest;
  /** A stored file of the previous index by its path within its folder; undefined when it is missing. */
  read(path: string): Uint8Array | undefined;
}

/** A story whose entries change: its number, and what the previous index held of it (none for a new story). */
export interface ChangedStory {
  readonly number: number;
  /** The story's text as the previous build indexed it; absent for a new story. */
  readonly before?: IndexedText;
}

/** The update, or why it cannot be made (the caller then writes the index whole). */
export type IndexUpdate = { readonly ok: true; readonly index: WrittenIndex } | { readonly ok: false; readonly why: string };

type TextKind = 'g' | 'p';
/** For each key, the new payload of each changed story holding it before or now (null: no longer holds it). */
type Changes = Map<string, Map<number, Uint8Array | null>>;

/** `layout` as index-writer.ts takes it. */
export function updateSearchIndex(previous: PreviousIndex, documents: readonly SearchDocument[], columns: readonly string[], changed: readonly ChangedStory[], layout: PostingLayout = postingLayout): IndexUpdate {
  const before = previous.manifest;
  if (before.columns.join('\n') !== columns.join('\n')) return { ok: false, why: 'the columns changed' };
  const recent = recentStart(documents.length, layout);
  // Every posting's older part takes in a span: as costly as a whole write (once a span).
  if (recent !== before.recent) return { ok: false, why: `the postings' recent parts now start at story ${recent} (every ${layout.recentSpan} stories)` };
  const isNew = (number: number) => number >= before.documents;
  const numbers = new Set(changed.map((story) => story.number));
  for (let number = before.documents; number < documents.length; number += 1) if (!numbers.has(number)) return { ok: false, why: `story ${number} is new but not listed as changed` };
  if (documents.length < before.documents || changed.some((story) => story.number >= documents.length || isNew(story.number) === (story.before !== undefined))) {
    return { ok: false, why: 'stories were removed or renumbered' };
  }
  const read = (path: string) => {
    const bytes = previous.read(path);
    if (!bytes) throw new MissingFile(path);
    return bytes;
  };
  try {
    // The kept files are named by their digests, not read again.
    const digests = readDigests(read(digestsFile));
    const written = new Map<string, Uint8Array>();
    const kept = new Map<string, string>();
    const changes = changesOf(documents, [...changed].sort((a, b) => a.number - b.number));
    const g = updatePostings('g', changes.g, before.buckets.g, { recent, layout }, read, written, kept);
    const p = updatePostings('p', changes.p, before.buckets.p, { recent, layout }, read, written, kept);
    for (let number = 0; number < documents.length; number += 1) {
      const path = documentPath(number);
      if (numbers.has(number)) written.set(path, stored(documentFile(documents[documents.length - 1 - number]!)));
      else kept.set(path, path);
    }
    const metadata = new Map<string, Uint8Array>();
    const { a, n } = metadataFiles(documents, columns, metadata, layout);
    for (const [path, bytes] of metadata) {
      const now = stored(bytes);
      // Most of them (the places without new stories, older citations) come out as they were.
      if (digests.get(path) === digestOf(now)) kept.set(path, path);
      else written.set(path, now);
    }
    for (const path of kept.keys()) if (!digests.has(path)) throw new MissingFile(`${path} in ${digestsFile}`);
    const index = placeIndex(written, kept, digests, { documents: documents.length, buckets: { g, p, a, n }, recent, columns });
    return { ok: true, index: { ...index, kept: new Map([...index.kept].map(([path, from]) => [path, `${before.folder.slice(1)}${from}`])) } };
  } catch (error) {
    if (error instanceof MissingFile) return { ok: false, why: `the previous index lacks ${error.path}` };
    throw error;
  }
}

class MissingFile extends Error {
  constructor(readonly path: string) {
    super(`missing ${path}`);
  }
}

function changesOf(documents: readonly SearchDocument[], changed: readonly ChangedStory[]): Record<TextKind, Changes> {
  const changes: Record<TextKind, Changes> = { g: new Map(), p: new Map() };
  for (const { number, before } of changed) {
    const was = before ? payloadsOf(before) : { g: new Map(), p: new Map() };
    const now = documents[documents.length - 1 - number];
    const is = now ? payloadsOf(now) : { g: new Map(), p: new Map() };
    for (const kind of ['g', 'p'] as const) {
      // Only the keys whose entry differs: an edited title leaves its body's runs as they were,
      // and the postings of those (的, 党: every story has them) are the largest to rewrite.
      const payloads = new Map<string, Uint8Array | null>();
      for (const [key, payload] of is[kind]) if (!sameBytes(was[kind].get(key), payload)) payloads.set(key, payload);
      for (const key of was[kind].keys()) if (!is[kind].has(key)) payloads.set(key, null);
      for (const [key, payload] of payloads) {
        let perStory = changes[kind].get(key);
        if (!perStory) {
          perStory = new Map();
          changes[kind].set(key, perStory);
        }
        perStory.set(number, payload);
      }
    }
  }
  return changes;
}

/** A story's entry payload in each posting it is in, by key. */
function payloadsOf(document: IndexedText): Record<TextKind, Map<string, Uint8Array>> {
  const payloads: Record<TextKind, Map<string, Uint8Array>> = { g: new Map(), p: new Map() };
  visitRuns(document, (key, inHead, inBody, positioned) => {
    const counts = new ByteWriter();
    writeCounts(counts, inHead.length, inBody.length);
    payloads.g.set(key, counts.result());
    if (positioned) {
      const positions = new ByteWriter();
      writePositions(positions, inHead, inBody);
      payloads.p.set(key, positions.result());
    }
  });
  return payloads;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The changes of stories numbered below `limit`, and of the others. */
function splitAt(changes: ReadonlyMap<number, Uint8Array | null>, limit: number): [Map<number, Uint8Array | null>, Map<number, Uint8Array | null>] {
  const below = new Map<number, Uint8Array | null>();
  const from = new Map<number, Uint8Array | null>();
  for (const [number, payload] of changes) (number < limit ? below : from).set(number, payload);
  return [below, from];
}

const empty: BucketEntry = { older: new Uint8Array(), recent: new Uint8Array() };

/** Updates one kind of text posting; returns its bucket count. */
function updatePostings(kind: TextKind, changes: Changes, count: number, { recent, layout }: { recent: number; layout: PostingLayout }, read: (path: string) => Uint8Array, written: Map<string, Uint8Array>, kept: Map<string, string>): number {
  const buckets = Array.from({ length: count }, (_, bucket) => decodeBucket(gunzipSync(read(bucketPath(kind, bucket)))));
  const entries = new Map<string, BucketEntry>(buckets.flatMap((bucket) => [...bucket]));
  const touched = new Set<number>();
  /** Keys whose older part was changed: their x/ file, if any, is written again or gone. */
  const olderChanged = new Set<string>();
  const positioned = kind === 'p';
  for (const [key, perStory] of changes) {
    const old = entries.get(key) ?? empty;
    const [olderChanges, recentChanges] = splitAt(perStory, recent);
    let { older } = old;
    if (olderChanges.size > 0) {
      older = splicePosting(older === 'external' ? gunzipSync(read(externalPath(kind, key))) : older, positioned, olderChanges);
      olderChanged.add(key);
      if (isExternal(older, layout)) {
        written.set(externalPath(kind, key), stored(older));
        older = 'external';
      }
    }
    const now: BucketEntry = { older, recent: recentChanges.size > 0 ? splicePosting(old.recent, positioned, recentChanges, recent - 1) : old.recent };
    touched.add(bucketOf(key, count));
    if (now.older !== 'external' && now.older.length === 0 && now.recent.length === 0) entries.delete(key);
    else entries.set(key, now);
  }
  for (const [key, entry] of entries) if (entry.older === 'external' && !olderChanged.has(key)) kept.set(externalPath(kind, key), externalPath(kind, key));
  const grown = bucketCountFor(inlineBytesOf(entries.values()));
  // The same count: only the buckets of changed keys are written again; another: every bucket.
  bucketContents(entries, grown).forEach((bytes, bucket) => {
    const path = bucketPath(kind, bucket);
    if (grown === count && !touched.has(bucket)) kept.set(path, path);
    else written.set(path, stored(bytes));
  });
  return grown;
}

/**
 * A posting with the entries of changed stories replaced, added or removed. Between changes the
 * old bytes are copied in runs; only the first entry after a change has its gap written again.
 * `after`: the number the first gap counts from (a recent part's start - 1).
 */
export function splicePosting(old: Uint8Array | undefined, positioned: boolean, changes: ReadonlyMap<number, Uint8Array | null>, after = -1): Uint8Array {
  const out = new ByteWriter();
  const pending = [...changes].sort(([a], [b]) => a - b);
  let next = 0;
  /** The last number written to `out`. */
  let last = after;
  const put = (number: number, payload: Uint8Array) => {
    out.varint(number - last - 1);
    out.append(payload);
    last = number;
  };
  const insertBefore = (limit: number) => {
    for (; next < pending.length && pending[next]![0] < limit; next += 1) {
      const [number, payload] = pending[next]!;
      if (payload) put(number, payload);
    }
  };
  if (old) {
    const reader = new ByteReader(old);
    /** Old entries [runStart, here) not yet copied, whose gaps hold as they are; the number before them. */
    let runStart = 0;
    let number = after;
    const copyRun = (end: number, lastInRun: number) => {
      if (end > runStart) {
        out.append(old.subarray(runStart, end));
        last = lastInRun;
      }
    };
    while (!reader.done) {
      const entryStart = reader.offset;
      const previousNumber = number;
      number += reader.varint() + 1;
      const payloadStart = reader.offset;
      skipPayload(reader, positioned);
      const affected = next < pending.length && pending[next]![0] <= number;
      if (!affected && last === previousNumber) continue;
      copyRun(entryStart, previousNumber);
      insertBefore(number);
      if (next < pending.length && pending[next]![0] === number) {
        const payload = pending[next]![1];
        if (payload) put(number, payload);
        next += 1;
      } else put(number, old.subarray(payloadStart, reader.offset));
      runStart = reader.offset;
    }
    copyRun(old.length, number);
  }
  insertBefore(Infinity);
  return out.result();
}
