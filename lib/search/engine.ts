/**
 * The browser side of search: Pagefind's index, loaded from the static export only when a reader
 * searches or filters, and queried with the reader's words and facets. Filtering without words
 * uses the same index, so a filtered view downloads only the index chunks and the result
 * fragments it shows, never the whole archive's metadata.
 *
 * Chinese words are split one way when indexing (jieba) and another when querying (the browser's
 * Intl.Segmenter), and Pagefind then matches single characters loosely (量子计算机 would find 手机).
 * So the words are first searched as a phrase; only when that finds nothing are the loose matches
 * checked for every word of the query, and a Chinese query that still finds nothing is tried once
 * more in simplified characters.
 */
import { hasHanCharacters, normaliseQuery } from './query';

interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  readonly results: readonly PagefindResult[];
}

interface Pagefind {
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

export interface SearchHit {
  readonly url: string;
  readonly title: string;
  readonly column?: string;
  readonly edition?: string;
  readonly excerpt: string;
}

export interface SearchOutcome {
  readonly total: number;
  /** Counts per column display name for the current words and region, to show on the chips. */
  readonly columnCounts: Readonly<Record<string, number>>;
  /** Loads the data of results [from, to). */
  readonly load: (from: number, to: number) => Promise<SearchHit[]>;
  /** Set when the words were converted from traditional characters to find these results. */
  readonly convertedQuery?: string;
}

type Facets = { readonly column?: string; readonly region?: string };

/** Loose matches checked for every word, at most this many: the best-scored come first. */
const looseMatchesChecked = 100;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The index is written into the export after `next build`, so it is imported at run time by URL.
  const url = new URL('/pagefind/pagefind.js', window.location.href).href;
  pagefind ??= (import(/* webpackIgnore: true */ url) as Promise<Pagefind>).then(async (module) => {
    await module.init();
    // A large archive is indexed in shards (lib/cli/index-search.ts); they search as one index.
    const shards = (await fetch(new URL('/pagefind/shards.json', window.location.href)).then((r) => (r.ok ? r.json() : { merge: [] }))) as { merge?: string[] };
    for (const shard of shards.merge ?? []) await module.mergeIndex(new URL(shard, window.location.href).href);
    return module;
  });
  return pagefind;
}

/** `columns` are the display names whose counts the chips show. */
export async function runSearch(words: string, facets: Facets, columns: readonly string[]): Promise<SearchOutcome> {
  const engine = await loadPagefind();
  const query = normaliseQuery(words);
  const found = await findAll(engine, query, facets);
  if (found.results.length === 0 && hasHanCharacters(query)) {
    const simplified = await toSimplified(query);
    if (simplified !== query) {
      const again = await findAll(engine, simplified, facets);
      if (again.results.length > 0) return outcome(engine, simplified, facets, columns, again, simplified);
    }
  }
  return outcome(engine, query, facets, columns, found);
}

async function outcome(engine: Pagefind, query: string, facets: Facets, columns: readonly string[], found: Found, convertedQuery?: string): Promise<SearchOutcome> {
  // Each chip shows what its column gives with the other facets kept. Pagefind counts only the
  // filters a search names, so each column is asked for (the index chunks are cached by then).
  const counts = await Promise.all(
    columns.map(async (column) => [column, facets.column === column ? found.results.length : (await findAll(engine, query, { ...facets, column })).results.length] as const),
  );
  return {
    total: found.results.length,
    columnCounts: Object.fromEntries(counts),
    load: async (from, to) => Promise.all(found.results.slice(from, to).map(async (load) => toHit(await load(), Boolean(query)))),
    ...(convertedQuery && { convertedQuery }),
  };
}

type Loader = () => Promise<PagefindResultData>;

interface Found {
  /** Best first, as loaders of their data (a fragment is fetched only when shown). */
  readonly results: readonly Loader[];
}

async function findAll(engine: Pagefind, query: string, facets: Facets): Promise<Found> {
  const filters = { ...(facets.column && { column: facets.column }), ...(facets.region && { region: facets.region }) };
  if (!query) return fromIndex(await engine.search(null, { filters }));
  const phrase = await engine.search(`"${query}"`, { filters });
  if (phrase.results.length > 0) return fromIndex(phrase);
  const loose = await engine.search(query, { filters });
  const parts = query.split(' ').filter(Boolean);
  const checked = await Promise.all(loose.results.slice(0, looseMatchesChecked).map((result) => result.data()));
  const kept = checked.filter((data) => {
    const text = data.content.normalize('NFKC');
    return parts.every((part) => text.includes(part));
  });
  return { results: kept.map((data) => () => Promise.resolve(data)) };
}

function fromIndex(search: PagefindSearch): Found {
  return { results: search.results.map((result) => () => result.data()) };
}

/** A hit found by words shows the passage that matched; one found by filters alone, its opening. */
function toHit(data: PagefindResultData, byWords: boolean): SearchHit {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: byWords || !data.meta.summary ? data.excerpt : escapeText(data.meta.summary),
    ...(data.meta.column && { column: data.meta.column }),
    ...(data.meta.edition && { edition: data.meta.edition }),
  };
}

/** Meta values are plain text; excerpts are escaped text with <mark>: make them alike. */
function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Traditional → simplified, loaded only when a Chinese query found nothing as typed. */
async function toSimplified(text: string): Promise<string> {
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 't', to: 'cn' })(text);
}
