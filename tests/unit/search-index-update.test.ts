import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { searchDocumentOf, type SearchDocument } from '@/lib/indexes/search/document';
import { writeSearchIndex, type WrittenIndex } from '@/lib/indexes/search/index-writer';
import { updateSearchIndex, splicePosting, type ChangedStory, type PreviousIndex } from '@/lib/indexes/search/index-update';
import { createSearchEngine } from '@/lib/api/search/engine';
import { externalPath, type PostingLayout } from '@/lib/indexes/search/index-format';
import { loadGeneratedArchive } from '../support/generated-archive';

const archive = loadGeneratedArchive(240, 5);
const columns = archive.columns.columns.map((column) => column.slug);
/** Newest first, as the archive lists them. */
const documents = archive.articles.map(searchDocumentOf);

/** The previous index as an incremental build finds it in the live site. */
function previousOf(index: WrittenIndex): PreviousIndex {
  const within = index.manifest.folder.slice(1);
  return { manifest: index.manifest, read: (path) => index.files.get(`${within}${path}`) };
}

/** Each file's digest by path: equal maps are the same files, compared quickly. */
const digests = (files: ReadonlyMap<string, Uint8Array>) => Object.fromEntries([...files].map(([path, bytes]) => [path, createHash('sha1').update(bytes).digest('hex')]).sort(([a], [b]) => (a! < b! ? -1 : 1)));

/** Every file of an updated index, the kept ones read from the index they were kept from. */
function filesOf(index: WrittenIndex, from: WrittenIndex): Map<string, Uint8Array> {
  const files = new Map(index.files);
  for (const [path, previous] of index.kept) {
    const bytes = from.files.get(previous);
    if (!bytes) throw new Error(`kept ${path} from ${previous}, which the previous index lacks`);
    files.set(path, bytes);
  }
  return files;
}

/** The newest `count` stories are new (numbers count from the oldest). */
const newStories = (now: readonly SearchDocument[], count: number): ChangedStory[] => Array.from({ length: count }, (_, i) => ({ number: now.length - 1 - i }));

function edited(document: SearchDocument, body: string): SearchDocument {
  return { ...document, body, file: { ...document.file, body } };
}

/**
 * Recent parts start every 64 stories here (1,024 in a build) and older parts of over 256 bytes
 * (2,048) have files of their own, so an archive of 240 has them all: older parts inline and in
 * x/ files, and recent parts from story 192 on.
 */
const span = 64;
const layoutOf = (recentSpan: number): PostingLayout => ({ recentSpan, inlineLimit: 256 });
const write = (now: readonly SearchDocument[], spanOf = span) => writeSearchIndex(now, columns, layoutOf(spanOf));
const updateOf = (previous: PreviousIndex, now: readonly SearchDocument[], changed: readonly ChangedStory[], spanOf = span) => updateSearchIndex(previous, now, columns, changed, layoutOf(spanOf));

/** The URLs a query finds in an index's files, newest first. */
function searcher(files: ReadonlyMap<string, Uint8Array>) {
  const engine = createSearchEngine(async (path) => files.get(path.slice(1)));
  return async (query: string) => {
    const outcome = await engine.search(query, {}, 'newest');
    return (await outcome.load(0, outcome.total)).map((hit) => hit.url);
  };
}

/** A run of ten characters from a story's body, to search for. */
const wordsOf = (document: SearchDocument) => document.body.split('\n').find((line) => [...line].length > 12)!.slice(0, 10);

describe('updating the search index of the previous build', () => {
  const older = documents.slice(8);
  const first = write(older);

  it('adds a new day to the same bytes a full build writes, keeping what did not change, the large postings included', async () => {
    const read: string[] = [];
    const watched: PreviousIndex = { manifest: first.manifest, read: (path) => (read.push(path), previousOf(first).read(path)) };
    const update = updateOf(watched, documents, newStories(documents, 8));
    if (!update.ok) throw new Error(update.why);
    const full = write(documents);
    expect(update.index.manifest).toEqual(full.manifest);
    expect(full.manifest.recent).toBe(192);
    const files = filesOf(update.index, first);
    expect(digests(files)).toEqual(digests(full.files));
    // The new day went into the recent parts, in the buckets: every x/ file is the previous one.
    const externals = [...full.files.keys()].filter((path) => /\/x\//u.test(path));
    expect(externals.length).toBeGreaterThan(20);
    expect([...update.index.files.keys()].filter((path) => /\/x\//u.test(path))).toEqual([]);
    // Found through both parts: a new story's words and an old one's.
    const search = searcher(files);
    expect(await search(wordsOf(documents[0]!))).toContain(documents[0]!.file.url);
    expect(await search(wordsOf(documents.at(-1)!))).toContain(documents.at(-1)!.file.url);
    // What a result shows of every older story stays as it was; most files are kept.
    const keptResults = [...update.index.kept.keys()].filter((path) => /\/d\/\d+\.bin$/u.test(path));
    expect(keptResults).toHaveLength(older.length);
    // And nothing is written that the previous index holds as it is.
    const previous = previousOf(first);
    const within = (path: string) => path.slice(update.index.manifest.folder.length - 1);
    const rewrittenAsTheyWere = [...update.index.files].filter(([path, bytes]) => path !== 'search-index/manifest.json' && Buffer.from(previous.read(within(path)) ?? []).equals(bytes));
    expect(rewrittenAsTheyWere.map(([path]) => path)).toEqual([]);
    // The files kept are named by the previous index's digests, not read again.
    expect(read.filter((path) => path.startsWith('d/'))).toEqual([]);
  });

  it('edits an old story in place, its text words leaving and arriving, to the bytes of a full build', async () => {
    const number = 40;
    const rank = documents.length - 1 - number;
    const before = documents[rank]!;
    const changedDocuments = documents.with(rank, edited(before, '独一无二的新词语出现在这里\n另一段全新的文字'));
    const base = write(documents);
    const updated = updateOf(previousOf(base), changedDocuments, [{ number, before }]);
    if (!updated.ok) throw new Error(updated.why);
    const files = filesOf(updated.index, base);
    expect(digests(files)).toEqual(digests(write(changedDocuments).files));
    const urls = searcher(files);
    expect(await urls('独一无二的新词语')).toEqual([before.file.url]);
    expect(await urls(wordsOf(before))).not.toContain(before.file.url);
  });

  it('rewrites for a corrected title only the postings of the old and new title words, not those of the unchanged body', async () => {
    const number = 3;
    const rank = documents.length - 1 - number;
    const before = documents[rank]!;
    const head = '更正后的标题';
    const changedDocuments = documents.with(rank, { ...before, head, file: { ...before.file, title: head } });
    const base = write(documents);
    const read: string[] = [];
    const watched: PreviousIndex = { manifest: base.manifest, read: (path) => (read.push(path), previousOf(base).read(path)) };
    const updated = updateOf(watched, changedDocuments, [{ number, before }]);
    if (!updated.ok) throw new Error(updated.why);
    expect(digests(filesOf(updated.index, base))).toEqual(digests(write(changedDocuments).files));
    expect(await searcher(filesOf(updated.index, base))('更正后的标题')).toEqual([before.file.url]);
    // A large posting's file is read and spliced only for a run of either title: the body's own
    // runs (in most stories, so in x/ files) keep their entries, and their files are linked.
    const titleRuns = new Set([before.head, head].flatMap((text) => [...text].flatMap((_, i) => [1, 2, 3, 4].map((length) => [...text].slice(i, i + length).join('')))));
    const ofTitle = (path: string) => (['g', 'p'] as const).some((kind) => [...titleRuns].some((run) => path === externalPath(kind, run)));
    const large = [...base.files.keys()].map((path) => path.slice(base.manifest.folder.length - 1)).filter((path) => path.startsWith('x/'));
    expect(large.filter((path) => !ofTitle(path)).length).toBeGreaterThan(20);
    const largeRead = read.filter((path) => path.startsWith('x/'));
    expect(largeRead.length).toBeGreaterThan(0);
    expect(largeRead.filter((path) => !ofTitle(path))).toEqual([]);
  });

  it('spreads the postings over more buckets when the archive has grown enough, still as a full build does', () => {
    // All 240 within one span of 256: the recent parts grow, and with them the buckets.
    const small = documents.slice(160);
    const base = write(small, 256);
    const updated = updateOf(previousOf(base), documents, newStories(documents, 160), 256);
    if (!updated.ok) throw new Error(updated.why);
    expect(updated.index.manifest.buckets.g).toBeGreaterThan(base.manifest.buckets.g);
    expect(digests(filesOf(updated.index, base))).toEqual(digests(write(documents, 256).files));
  });

  it('is written whole when the recent parts start further on (once a span)', () => {
    // 184 stories (recent from 128) and a day more, 192: the recent parts now start at 192.
    const before = documents.slice(56);
    expect(updateOf(previousOf(write(before)), documents.slice(48), newStories(documents.slice(48), 8))).toEqual({ ok: false, why: "the postings' recent parts now start at story 192 (every 64 stories)" });
  });

  it('refuses what would renumber stories, and a previous index that lost a file', () => {
    const removed = documents.toSpliced(100, 1);
    expect(updateOf(previousOf(write(documents)), removed, [])).toEqual({ ok: false, why: 'stories were removed or renumbered' });
    expect(updateOf(previousOf(first), documents, newStories(documents, 7))).toMatchObject({ ok: false, why: expect.stringMatching(/is new but not listed/u) });
    expect(updateSearchIndex(previousOf(first), documents, [...columns].reverse(), newStories(documents, 8), layoutOf(span))).toEqual({ ok: false, why: 'the columns changed' });
    const lossy: PreviousIndex = { manifest: first.manifest, read: (path) => (path === 'g/0.bin' ? undefined : previousOf(first).read(path)) };
    expect(updateOf(lossy, documents, newStories(documents, 8))).toEqual({ ok: false, why: 'the previous index lacks g/0.bin' });
  });
});

describe('splicing a posting', () => {
  const entry = (value: number) => Uint8Array.of(value, 0);
  /** A posting of counts from [number, head] pairs, ascending. */
  const posting = (pairs: readonly [number, number][]) => splicePosting(undefined, false, new Map(pairs.map(([number, head]) => [number, entry(head)])));

  it('replaces, removes and inserts entries anywhere, keeping the others', () => {
    const old = posting([[2, 1], [5, 2], [9, 3]]);
    const spliced = splicePosting(old, false, new Map([[0, entry(7)], [5, null], [6, entry(4)], [9, entry(8)], [12, entry(5)]]));
    expect(spliced).toEqual(posting([[0, 7], [2, 1], [6, 4], [9, 8], [12, 5]]));
    expect(splicePosting(old, false, new Map([[2, null], [5, null], [9, null]]))).toEqual(new Uint8Array());
    // The gap after a removed entry is written again; the entries after it are copied.
    expect(splicePosting(old, false, new Map([[2, null]]))).toEqual(posting([[5, 2], [9, 3]]));
    expect(splicePosting(old, false, new Map([[5, null], [20, entry(1)]]))).toEqual(posting([[2, 1], [9, 3], [20, 1]]));
  });
});
