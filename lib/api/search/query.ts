/**
 * The state of a search or filtered view and its URL form
 * (?q=…&column=…&region=…&from=…&to=…&sort=newest),
 * so that any view can be bookmarked and shared. Pure functions: the browser code and the tests
 * share them.
 */
import { boundedQuery } from '../../indexes/search/fold';

/** How long a query may be (the search box's limit is drawn from it). */
export { queryLimits } from '../../indexes/search/fold';
import type { SortOrder } from './engine';
import { searchFields, type SearchField } from './terms';

/** The fields a view can be narrowed to: the whole text is the default, never written. */
const narrowFields = searchFields.filter((field): field is Exclude<SearchField, 'all'> => field !== 'all');

export interface SearchState {
  readonly query: string;
  /** A column's URL slug (shendu-guanzhu). */
  readonly column?: string;
  /** A region code at any level (35, 3505, 350502). */
  readonly region?: string;
  /** The ends of the date range as written (2023, 2023-05, 2023-05-01), read by date-range.ts. */
  readonly from?: string;
  readonly to?: string;
  /** Where the words are looked for; the whole text when absent. */
  readonly field?: Exclude<SearchField, 'all'>;
  /** Relevance when absent. */
  readonly sort?: SortOrder;
}

/** Longest value of a filter read at all: no slug, code or date comes near it. */
const partLimit = 64;

export function stateFromSearchParams(params: URLSearchParams): SearchState {
  const part = (name: string) => params.get(name)?.slice(0, partLimit).trim() || undefined;
  const [column, region, from, to] = [part('column'), part('region'), part('from'), part('to')];
  const field = narrowFields.find((name) => name === params.get('field'));
  return {
    query: boundedQuery(params.get('q') ?? ''),
    ...(column && { column }),
    ...(region && { region }),
    ...(from && { from }),
    ...(to && { to }),
    ...(field && { field }),
    ...(params.get('sort') === 'newest' && { sort: 'newest' as const }),
  };
}

export function searchParamsOf(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.column) params.set('column', state.column);
  if (state.region) params.set('region', state.region);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.field) params.set('field', state.field);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.column || state.region || state.from || state.to);
}

/** Whether a query has Chinese characters, which may be traditional ones worth converting. */
export function hasHanCharacters(query: string): boolean {
  return /\p{Script=Han}/u.test(query);
}

/** The state with one of its optional parts set, or removed when `value` is undefined. */
export function withPart<K extends 'column' | 'region' | 'from' | 'to' | 'field' | 'sort'>(state: SearchState, key: K, value: SearchState[K] | undefined): SearchState {
  const next: { -readonly [P in keyof SearchState]: SearchState[P] } = { ...state };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}
