/**
 * The browser side of search over the index of index-format.ts, loaded from the export only when
 * a reader searches or filters. A word matches an article wherever its characters stand together
 * in the head or the body, as find-in-page would: one to four characters through the runs
 * indexed with their articles, a longer word through 4-character runs that must stand at the
 * right distances from each other. So the count is the number of articles that really contain every word, and
 * a view costs only the postings of its words, never the archive's metadata.
 */
import { queryWords } from '../../indexes/search/fold';
import { excerptOf, markedSegments, type ExcerptSegment } from '../../indexes/search/excerpt';
import { countByPeriod, idSpanOf, type Period } from './timeline';
import type { DaySpan } from './date-range';
import { parseQuery, type SearchField } from './terms';
import type { CitationRecord } from './citations';
import {
  bucketOf,
  bucketPath,
  calendarPath,
  citationChunk,
  citationPath,
  columnsPath,
  decodeBucket,
  decodeCalendar,
  decodeCounts,
  decodeIds,
  decodePositions,
  documentPath,
  externalPath,
  fromOtherEnd,
  inflate,
  manifestPath,
  positionedRunLength,
  regionPath,
  type Calendar,
  type CitationEntry,
  type PlaceEntry,
  type Occurrences,
  type PostingKind,
  type Positions,
  type SearchDocumentFile,
  type SearchManifest,
} from '../../indexes/search/index-format';

/** Bytes of a file of the site, or undefined when it does not exist; throws when it cannot be read. */
export type FetchBytes = (path: string) => Promise<Uint8Array | undefined>;

export type SortOrder = 'relevance' | 'newest';

export interface Facets {
  /** A column's slug. */
  readonly column?: string;
  /** A region code at any level. */
  readonly region?: string;
  /** Only stories printed on these days (both inclusive). */
  readonly days?: DaySpan;
  /** Where the words are looked for (a prefix typed in the query wins). */
  readonly field?: SearchField;
}

export interface SearchHit {
  readonly url: string;
  readonly title: readonly ExcerptSegment[];
  readonly column: string;
  readonly edition: string;
  readonly excerpt: readonly ExcerptSegment[];
}

export interface SearchOutcome {
  readonly total: number;
  /** For each column slug, the articles it would show with the words and the region kept. */
  readonly columnCounts: Readonly<Record<string, number>>;
  /** The folded words searched, for marking them in the article a reader opens. */
  readonly words: readonly string[];
  /** The terms compared (one for a plain query, none for filters alone), the field, and terms beyond the limit. */
  readonly terms: readonly string[];
  readonly field: SearchField;
  readonly dropped: number;
  /** A field prefix typed with no words after it. */
  readonly emptyPrefix?: string;
  /** The places the words name (泉州, 泉州市, 鲤城区), with how many of the results are filed under each. */
  readonly places: () => Promise<NamedPlace[]>;
  /** The first `limit` results in order, as citations give them (url relative to the site). */
  readonly citations: (limit: number) => Promise<CitationRecord[]>;
  /** Loads results [from, to). */
  readonly load: (from: number, to: number) => Promise<SearchHit[]>;
  /** How many of the results fall in each period (of `periodsOf` over this engine's calendar): one row per term. */
  readonly countByPeriod: (periods: readonly Period[]) => Promise<number[][]>;
}

export interface NamedPlace {
  readonly code: string;
  readonly fullName: string;
  readonly count: number;
}

export interface SearchEngine {
  search(query: string, facets: Facets, sort: SortOrder): Promise<SearchOutcome>;
  /** The archive's issue dates: its span, and the stories of every day. */
  calendar(): Promise<Calendar>;
}

interface Match {
  /** Words matched in the head, and occurrences in all. */
  readonly headWords: number;
  readonly occurrences: number;
}

export function createSearchEngine(fetchBytes: FetchBytes): SearchEngine {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let value = cache.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      cache.set(key, value);
      // A failed load is tried again next time.
      value.catch(() => cache.delete(key));
    }
    return value;
  };
  const fetched = async (path: string) => {
    const bytes = await fetchBytes(path);
    if (!bytes) throw new Error(`search index: ${path} is missing`);
    return bytes;
  };
  /** A stored file, inflated; undefined when it does not exist. */
  const stored = async (path: string) => {
    const bytes = await fetchBytes(path);
    return bytes && inflate(bytes);
  };
  const required = async (path: string) => inflate(await fetched(path));
  const manifest = () => once('manifest', async () => JSON.parse(new TextDecoder().decode(await fetched(manifestPath))) as SearchManifest);
  const file = async (path: string) => `${(await manifest()).folder}${path}`;

  /** A posting's two parts (index-format.ts); undefined when no story holds the key. */
  async function posting(kind: PostingKind, key: string): Promise<{ older: Uint8Array; recent: Uint8Array } | undefined> {
    const { buckets } = await manifest();
    const path = await file(bucketPath(kind, bucketOf(key, buckets[kind])));
    const bucket = await once(path, async () => decodeBucket(await required(path)));
    const entry = bucket.get(key);
    if (!entry) return undefined;
    if (entry.older !== 'external') return { older: entry.older, recent: entry.recent };
    const external = await file(externalPath(kind, key));
    return { older: await once(external, () => required(external)), recent: entry.recent };
  }

  /** A posting by rank, both parts decoded into one map: the older from -1, the recent from the manifest's `recent` - 1. */
  const decoded = <T>(kind: PostingKind, key: string, decode: (bytes: Uint8Array, documents: number, after: number, into: Map<number, T>) => Map<number, T>) =>
    once(`${kind}:${key}`, async () => {
      const parts = await posting(kind, key);
      const { documents, recent } = await manifest();
      const found = new Map<number, T>();
      if (parts) decode(parts.recent, documents, recent - 1, decode(parts.older, documents, -1, found));
      return found;
    });
  /** A posting of counts: runs of the text (g) or of the authors' names (a). */
  const counts = (key: string) => decoded<Occurrences>('g', key, decodeCounts);
  const authorCounts = (key: string) => decoded<Occurrences>('a', key, decodeCounts);
  const positions = (key: string) => decoded<Positions>('p', key, decodePositions);

  /** The articles holding a word, with its occurrences in head and body. */
  async function occurrencesOf(word: readonly string[]): Promise<Map<number, Occurrences>> {
    if (word.length <= positionedRunLength) return counts(word.join(''));
    // Runs covering the word, the last one flush with its end.
    const offsets: number[] = [];
    for (let offset = 0; offset + positionedRunLength < word.length; offset += positionedRunLength) offsets.push(offset);
    offsets.push(word.length - positionedRunLength);
    const lists = await Promise.all(offsets.map((offset) => positions(word.slice(offset, offset + positionedRunLength).join(''))));
    const found = new Map<number, Occurrences>();
    for (const [id, first] of lists[0]!) {
      const others = lists.map((list) => list.get(id));
      if (others.some((other) => other === undefined)) continue;
      const inStream = (stream: keyof Positions) => {
        const sets = others.map((other) => new Set(other![stream]));
        return first[stream].filter((start) => offsets.every((offset, k) => sets[k]!.has(start + offset))).length;
      };
      const head = inStream('head');
      const body = inStream('body');
      if (head + body > 0) found.set(id, { head, body });
    }
    return found;
  }

  /** The articles holding a word in the field searched. */
  async function occurrencesIn(field: SearchField, word: readonly string[]): Promise<Map<number, Occurrences>> {
    if (field === 'author') return authorCounts(word.join(''));
    const all = await occurrencesOf(word);
    if (field === 'all') return all;
    return new Map([...all].filter(([, found]) => found.head > 0).map(([id, found]) => [id, { head: found.head, body: 0 }]));
  }

  async function matching(words: readonly (readonly string[])[], field: SearchField): Promise<Map<number, Match>> {
    const perWord = await Promise.all(words.map((word) => occurrencesIn(field, word)));
    perWord.sort((a, b) => a.size - b.size);
    const matches = new Map<number, Match>();
    for (const [id, first] of perWord[0] ?? []) {
      let headWords = first.head > 0 ? 1 : 0;
      let occurrences = first.head + first.body;
      let everyWord = true;
      for (const other of perWord.slice(1)) {
        const found = other.get(id);
        if (!found) {
          everyWord = false;
          break;
        }
        headWords += found.head > 0 ? 1 : 0;
        occurrences += found.head + found.body;
      }
      if (everyWord) matches.set(id, { headWords, occurrences });
    }
    return matches;
  }

  /** Stories holding any of the terms, each ranked by the term it matches best. */
  function union(perTerm: readonly Map<number, Match>[]): Map<number, Match> {
    if (perTerm.length === 1) return perTerm[0]!;
    const matches = new Map<number, Match>();
    for (const term of perTerm) {
      for (const [id, match] of term) {
        const known = matches.get(id);
        if (!known || match.headWords > known.headWords || (match.headWords === known.headWords && match.occurrences > known.occurrences)) matches.set(id, match);
      }
    }
    return matches;
  }

  /** The column byte of every story, by rank. */
  const columnOf = () => once(columnsPath, async () => (await required(await file(columnsPath))).reverse());
  const region = (code: string) => once(`r:${code}`, async () => {
    const bytes = await stored(await file(regionPath(code)));
    return new Set(bytes ? decodeIds(bytes, (await manifest()).documents) : []);
  });
  const citationEntries = (chunk: number) => once(`m:${chunk}`, async () => JSON.parse(new TextDecoder().decode(await required(await file(citationPath(chunk))))) as CitationEntry[]);
  async function citationsOf(ids: readonly number[]): Promise<CitationRecord[]> {
    const { documents } = await manifest();
    const numbers = ids.map((id) => fromOtherEnd(id, documents));
    const chunks = [...new Set(numbers.map((number) => Math.floor(number / citationChunk)))];
    const loaded = new Map(await Promise.all(chunks.map(async (chunk) => [chunk, await citationEntries(chunk)] as const)));
    return numbers.map((number) => {
      const [url, title, date, page, column, authors] = loaded.get(Math.floor(number / citationChunk))![number % citationChunk]!;
      return { url, title, date, ...(page !== null && { page }), column, authors };
    });
  }
  const placesNamed = (key: string) => once(`n:${key}`, async () => {
    // Written whole by every build, all in the older part.
    const parts = await posting('n', key);
    return parts ? (JSON.parse(new TextDecoder().decode(parts.older)) as PlaceEntry[]) : [];
  });
  async function placesIn(words: readonly string[], ids: readonly number[], except: string | undefined): Promise<NamedPlace[]> {
    const named = (await Promise.all(words.map(placesNamed))).flat().filter(([code]) => code !== except);
    const found = await Promise.all(
      named.map(async ([code, fullName]) => {
        const inPlace = await region(code);
        return { code, fullName, count: ids.filter((id) => inPlace.has(id)).length };
      }),
    );
    return found.filter((place) => place.count > 0).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  }
  const calendar = () => once(calendarPath, async () => decodeCalendar(await required(await file(calendarPath))));
  const document = async (id: number) => {
    const path = await file(documentPath(fromOtherEnd(id, (await manifest()).documents)));
    return once(path, async () => JSON.parse(new TextDecoder().decode(await required(path))) as SearchDocumentFile);
  };

  return {
    calendar,
    async search(query, facets, sort) {
      const parsed = parseQuery(query, facets.field);
      const termWords = parsed.terms.map((term) => queryWords(term));
      const { documents, columns } = await manifest();
      const [perTerm, columnBytes, inRegion, span] = await Promise.all([
        Promise.all(termWords.map((words) => matching(words, parsed.field))),
        columnOf(),
        facets.region ? region(facets.region) : undefined,
        facets.days ? calendar().then((dates) => idSpanOf(dates, facets.days!)) : ([0, documents] as const),
      ]);
      // Stories are in date order, so a span of days is a run of ids: no file beyond the calendar.
      const [start, end] = span;
      const wanted = facets.column === undefined ? undefined : columns.indexOf(facets.column);
      const inView = (id: number) => id >= start && id < end && (!inRegion || inRegion.has(id));
      const matches = perTerm.length > 0 ? union(perTerm) : undefined;
      let ids = matches ? [...matches.keys()].filter(inView) : Array.from({ length: end - start }, (_, offset) => start + offset).filter(inView);
      const columnCounts = Object.fromEntries(columns.map((slug) => [slug, 0]));
      for (const id of ids) {
        const slug = columns[columnBytes[id]!];
        if (slug) columnCounts[slug]! += 1;
      }
      const inColumn = (id: number) => wanted === undefined || columnBytes[id] === wanted;
      ids = ids.filter(inColumn);
      if (matches && sort === 'relevance') {
        ids.sort((a, b) => {
          const x = matches.get(a)!;
          const y = matches.get(b)!;
          return y.headWords - x.headWords || y.occurrences - x.occurrences || a - b;
        });
      } else ids.sort((a, b) => a - b);
      const words = termWords.flat();
      // Per term, the stories it finds in this view: the chart's lines.
      const termIds = perTerm.length > 1 ? perTerm.map((term) => [...term.keys()].filter((id) => inView(id) && inColumn(id))) : [ids];
      return {
        total: ids.length,
        columnCounts,
        terms: parsed.terms,
        field: parsed.field,
        dropped: parsed.dropped,
        ...(parsed.emptyPrefix !== undefined && { emptyPrefix: parsed.emptyPrefix }),
        words: words.map((word) => word.join('')),
        citations: (limit) => citationsOf(ids.slice(0, limit)),
        places: () => (parsed.field === 'all' && parsed.terms.length === 1 ? placesIn(words.map((word) => word.join('')), ids, facets.region) : Promise.resolve([])),
        countByPeriod: async (periods) => {
          const dates = await calendar();
          return termIds.map((list) => countByPeriod(dates, periods, list));
        },
        load: (from, to) =>
          Promise.all(
            ids.slice(from, to).map(async (id) => {
              const found = await document(id);
              return { url: found.url, title: markedSegments(found.title, words), column: found.column, edition: found.edition, excerpt: excerptOf(found.body, words) };
            }),
          ),
      };
    },
  };
}
