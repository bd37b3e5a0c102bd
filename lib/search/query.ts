/**
 * The state of a search or filtered view and its URL form (?q=…&column=…&region=…), so that any
 * view can be bookmarked and shared. Pure functions: the browser code and the tests share them.
 */
export interface SearchState {
  readonly query: string;
  /** A column's URL slug (shendu-guanzhu). */
  readonly column?: string;
  /** A region code at any level (35, 3505, 350502). */
  readonly region?: string;
}

export function stateFromSearchParams(params: URLSearchParams): SearchState {
  const column = params.get('column')?.trim();
  const region = params.get('region')?.trim();
  return { query: params.get('q') ?? '', ...(column && { column }), ...(region && { region }) };
}

export function searchParamsOf(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.column) params.set('column', state.column);
  if (state.region) params.set('region', state.region);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Boolean(state.column || state.region);
}

/**
 * What is sent to the index: full-width forms folded (ＡＢＣ, １２３), punctuation of either width
 * turned into spaces (it never matches words), spaces collapsed.
 */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a query has Chinese characters, which may be traditional ones worth converting. */
export function hasHanCharacters(query: string): boolean {
  return /\p{Script=Han}/u.test(query);
}
