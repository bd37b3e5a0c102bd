import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { searchDocumentOf, type SearchDocument } from '@/lib/indexes/search/document';
import { writeSearchIndex, type WrittenIndex } from '@/lib/indexes/search/index-writer';
import { updateSearchIndex, splicePosting, type ChangedStory, type PreviousIndex } from '@/lib/indexes/search/index-update';
import { createSearchEngine } from '@/lib/api/search/engine';
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

describe('updating the search index of the previous build', () => {
  const older = documents.slice(8);
  const first = writeSearchIndex(older, columns);

  it('adds a new day to the same bytes a full build writes, keeping what did not change', () => {
    const read: string[] = [];
    const watched: PreviousIndex = { manifest: first.manifest, read: (path) => (read.push(path), previousOf(first).read(path)) };
    const update = updateSearchIndex(watched, documents, columns, newStories(documents, 8));
    if (!update.ok) throw new Error(update.why);
    const full = writeSearchIndex(documents, columns);
    expect(update.index.manifest).toEqual(full.manifest);
    expect(digests(filesOf(update.index, first))).toEqual(digests(full.files));
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
    const base = writeSearchIndex(documents, columns);
    const update = updateSearchIndex(previousOf(base), changedDocuments, columns, [{ number, before }]);
    if (!update.ok) throw new Error(update.why);
    const files = filesOf(update.index, base);
    expect(digests(files)).toEqual(digests(writeSearchIndex(changedDocuments, columns).files));
    const engine = createSearchEngine(async (path) => files.get(path.slice(1)));
    const urls = async (query: string) => {
      const outcome = await engine.search(query, {}, 'newest');
      return (await outcome.load(0, outcome.total)).map((hit) => hit.url);
    };
    expect(await urls('独一无二的新词语')).toEqual([before.file.url]);
    const oldWords = before.body.split('\n').find((line) => [...line].length > 12)!.slice(0, 10);
    expect(await urls(oldWords)).not.toContain(before.file.url);
  });

  it('spreads the postings over more buckets when the archive has grown enough, still as a full build does', () => {
    const small = documents.slice(160);
    const base = writeSearchIndex(small, columns);
    const update = updateSearchIndex(previousOf(base), documents, columns, newStories(documents, 160));
    if (!update.ok) throw new Error(update.why);
    expect(update.index.manifest.buckets.g).toBeGreaterThan(base.manifest.buckets.g);
    expect(digests(filesOf(update.index, base))).toEqual(digests(writeSearchIndex(documents, columns).files));
  });

  it('refuses what would renumber stories, and a previous index that lost a file', () => {
    const removed = documents.toSpliced(100, 1);
    expect(updateSearchIndex(previousOf(writeSearchIndex(documents, columns)), removed, columns, [])).toEqual({ ok: false, why: 'stories were removed or renumbered' });
    expect(updateSearchIndex(previousOf(first), documents, columns, newStories(documents, 7))).toMatchObject({ ok: false, why: expect.stringMatching(/is new but not listed/u) });
    expect(updateSearchIndex(previousOf(first), documents, [...columns].reverse(), newStories(documents, 8))).toEqual({ ok: false, why: 'the columns changed' });
    const lossy: PreviousIndex = { manifest: first.manifest, read: (path) => (path === 'g/0.bin' ? undefined : previousOf(first).read(path)) };
    expect(updateSearchIndex(lossy, documents, columns, newStories(documents, 8))).toEqual({ ok: false, why: 'the previous index lacks g/0.bin' });
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
