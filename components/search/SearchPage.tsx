'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { runSearch, type SearchHit } from '@/lib/search/engine';
import { hasFilters, searchParamsOf, stateFromSearchParams, type SearchState } from '@/lib/search/query';
import type { RegionOption } from '@/lib/search/region-options';
import { ColumnChips } from './ColumnChips';
import { RegionPicker } from './RegionPicker';
import { SearchResults } from './SearchResults';

export interface SearchPageProps {
  readonly columns: readonly { readonly slug: string; readonly name: string }[];
  /** Where the list of regions with stories is (loaded on first use of the region picker). */
  readonly regionsUrl: string;
  /** This page's own URL: where the form submits without JavaScript. */
  readonly searchHref: string;
}

type Results =
  | { readonly status: 'idle' | 'loading' | 'error' }
  | { readonly status: 'done'; readonly total: number; readonly hits: readonly SearchHit[]; readonly counts: Record<string, number>; readonly more?: () => Promise<void>; readonly converted?: string };

/** Results remember the view they answer, so a newer view shows as loading until its own arrive. */
type Answer = { readonly key: string; readonly results: Results };

const pageSize = 20;

/** Search and combined column × region filters; the state lives in the URL (?q=&column=&region=). */
export function SearchPage({ columns, regionsUrl, searchHref }: SearchPageProps) {
  const [state, setState] = useState<SearchState>();
  const [draft, setDraft] = useState('');
  const [regions, setRegions] = useState<RegionOption[]>();
  const [answer, setAnswer] = useState<Answer>();
  const regionsRequested = useRef(false);

  useEffect(() => {
    const read = () => {
      const next = stateFromSearchParams(new URLSearchParams(window.location.search));
      setState(next);
      setDraft(next.query);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  const needRegions = useCallback(() => {
    if (regionsRequested.current) return;
    regionsRequested.current = true;
    fetch(regionsUrl)
      .then((response) => response.json() as Promise<RegionOption[]>)
      .then(setRegions)
      .catch(() => (regionsRequested.current = false));
  }, [regionsUrl]);

  useEffect(() => {
    if (state?.region) needRegions();
  }, [state?.region, needRegions]);

  const update = useCallback((next: SearchState, mode: 'push' | 'replace' = 'push') => {
    setState(next);
    const url = `${window.location.pathname}${searchParamsOf(next)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  const column = columns.find((c) => c.slug === state?.column);
  const columnNames = useMemo(() => columns.map((c) => c.name), [columns]);
  const region = regions?.find((r) => r.code === state?.region);
  const unknownColumn = Boolean(state?.column && !column);
  const unknownRegion = Boolean(state?.region && regions && !region);

  const key = state ? searchParamsOf(state) : '';
  const wanted = Boolean(state && (state.query.trim() || hasFilters(state)));
  const results: Results = !wanted
    ? { status: 'idle' }
    : unknownColumn || unknownRegion
      ? { status: 'done', total: 0, hits: [], counts: {} }
      : answer?.key === key
        ? answer.results
        : { status: 'loading' };

  useEffect(() => {
    if (!state || !wanted || unknownColumn || unknownRegion) return;
    let current = true;
    const settle = (next: Results) => current && setAnswer({ key, results: next });
    runSearch(state.query, { ...(column && { column: column.name }), ...(state.region && { region: state.region }) }, columnNames)
      .then(async (outcome) => {
        let hits = await outcome.load(0, pageSize);
        const show = (): Results => ({
          status: 'done',
          total: outcome.total,
          hits,
          counts: { ...outcome.columnCounts },
          ...(hits.length < outcome.total && {
            more: async () => {
              hits = [...hits, ...(await outcome.load(hits.length, hits.length + pageSize))];
              settle(show());
            },
          }),
          ...(outcome.convertedQuery && { converted: outcome.convertedQuery }),
        });
        settle(show());
      })
      .catch(() => settle({ status: 'error' }));
    return () => {
      current = false;
    };
  }, [state, key, wanted, column, columnNames, unknownColumn, unknownRegion]);

  // Typing searches after a short pause; the URL follows without filling the history.
  useEffect(() => {
    if (!state || draft === state.query) return;
    const timer = setTimeout(() => update({ ...state, query: draft }, 'replace'), 300);
    return () => clearTimeout(timer);
  }, [draft, state, update]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state) update({ ...state, query: draft });
  };
  const chain = region ? chainOf(region, regions ?? []) : state?.region ? [state.region] : [];
  const clear = () => update({ query: state?.query ?? '' });

  return (
    <div>
      <form role="search" action={searchHref} method="get" onSubmit={submit} className="flex gap-2">
        <label htmlFor="search-query" className="sr-only">搜索文章</label>
        <input
          id="search-query"
          name="q"
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="人名、地名或话题，如 游德祥、木兰溪、党建联盟"
          className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-2 focus-visible:outline-2 focus-visible:outline-accent"
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 text-paper focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
          搜索
        </button>
      </form>
      <div className="mt-4 space-y-3">
        <ColumnChips
          chips={columns.map((c) => ({ ...c, ...(results.status === 'done' && { count: results.counts[c.name] ?? 0 }) }))}
          {...(state?.column && { selected: state.column })}
          onSelect={(slug) => state && update({ ...state, ...(slug ? { column: slug } : { column: undefined }) })}
        />
        <div className="flex flex-wrap items-center gap-3">
          <RegionPicker regions={regions} chain={chain} onNeedRegions={needRegions} onSelect={(code) => state && update({ ...state, region: code })} />
          {state && hasFilters(state) && (
            <button type="button" onClick={clear} className="text-sm text-accent underline underline-offset-2">
              清除筛选
            </button>
          )}
        </div>
      </div>
      <ResultsView results={results} state={state} invalid={unknownColumn ? `栏目“${state?.column}”不存在` : unknownRegion ? `地区代码“${state?.region}”没有报道` : undefined} onClear={clear} />
    </div>
  );
}

function chainOf(region: RegionOption, regions: readonly RegionOption[]): string[] {
  const parent = regions.find((r) => r.code === region.parent);
  return [...(parent ? chainOf(parent, regions) : []), region.code];
}

function ResultsView({ results, state, invalid, onClear }: { results: Results; state?: SearchState; invalid?: string; onClear: () => void }) {
  return (
    <section aria-label="搜索结果" className="mt-6">
      <p aria-live="polite" className="text-sm text-muted">
        {results.status === 'loading' && '正在检索……'}
        {results.status === 'error' && '检索暂时不可用，请稍后再试。'}
        {results.status === 'idle' && '输入关键词，或选择栏目、地区，查看符合条件的文章。'}
        {results.status === 'done' && (results.total > 0 ? `共找到${results.total}篇文章` : `没有找到符合条件的文章${invalid ? `：${invalid}` : ''}。`)}
        {results.status === 'done' && results.converted && `（已按简体“${results.converted}”检索）`}
      </p>
      {results.status === 'done' && results.total === 0 && state && hasFilters(state) && (
        <p className="mt-2">
          <button type="button" onClick={onClear} className="text-accent underline underline-offset-2">
            清除筛选，在全部文章中查找
          </button>
        </p>
      )}
      {results.status === 'done' && <SearchResults hits={results.hits} />}
      {results.status === 'done' && results.more && (
        <button type="button" onClick={() => void results.more?.()} className="mt-4 rounded border border-rule px-4 py-2 text-sm hover:text-accent">
          显示更多
        </button>
      )}
    </section>
  );
}
