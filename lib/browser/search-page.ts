/**
 * The search page's behaviour (components/search/SearchView.tsx): the view lives in the URL,
 * the engine (lib/api/search/engine.ts) answers it; the results (search-results.ts), the dates
 * (search-dates.ts), the chart (search-timeline.ts) and the downloads (search-export.ts) are
 * drawn by modules of their own, all as DOM nodes with text content only, so nothing a reader
 * types or an article holds is ever parsed as HTML.
 */
import { createSearchEngine, type SearchEngine, type SearchOutcome } from '../api/search/engine';
import { queryWords } from '../indexes/search/fold';
import { hasFilters, hasHanCharacters, searchParamsOf, stateFromSearchParams, withPart, type SearchState } from '../api/search/query';
import type { RegionOption } from '../indexes/region-options';
import { filterMarkup, searchPageMarkup as markup } from '../markup/search-page';
import { requiredElement } from './element';
import { resultsView } from './search-results';
import { regionPicker } from './search-region-picker';
import { dateControls } from './search-dates';
import { dateProblemMessage, daysWithin, isOpen, rangeLabel, rangeNotice, readDateRange, type DaySpan } from '../api/search/date-range';
import { calendarSpan, granularityOf, periodsOf, type Period } from '../api/search/timeline';
import { timelineView } from './search-timeline';
import { exportControls } from './search-export';
import { compareLimit, fieldLabels, parseQuery } from '../api/search/terms';

const pageSize = 20;

export interface SearchPageServices {
  readonly engine: SearchEngine;
  /** Traditional → simplified characters, loaded only when a Chinese query finds nothing. */
  readonly toSimplified: (text: string) => Promise<string>;
  readonly fetchRegions: (url: string) => Promise<RegionOption[]>;
}

async function fetchSiteFile(path: string): Promise<Uint8Array | undefined> {
  const response = await fetch(path);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export const browserServices = (): SearchPageServices => ({
  engine: createSearchEngine(fetchSiteFile),
  toSimplified: async (text) => {
    const { Converter } = await import('opencc-js/t2cn');
    return Converter({ from: 't', to: 'cn' })(text);
  },
  fetchRegions: async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as RegionOption[];
  },
});

/** The same words and order without a column, region or dates. */
function withoutFilters(state: SearchState): SearchState {
  return { query: state.query, ...(state.field && { field: state.field }), ...(state.sort && { sort: state.sort }) };
}

export function enhanceSearchPage(root: HTMLElement, services: SearchPageServices = browserServices()): void {
  /** An element the page must have: the markup and this script name it alike (lib/markup/search-page.ts). */
  const find = <T extends Element>(selector: string) => requiredElement<T>(root, selector, 'search page');
  const form = find<HTMLFormElement>('form');
  const input = find<HTMLInputElement>('input[name="q"]');
  const fieldSelect = root.querySelector<HTMLSelectElement>('select[name="field"]');
  const chips = [...root.querySelectorAll<HTMLButtonElement>(`button${markup.column.selector()}`)];
  const clearButton = find<HTMLButtonElement>(`button${markup.clear.selector}`);
  const status = find<HTMLElement>(markup.status.selector);
  const sortGroup = find<HTMLElement>(markup.sort.selector);
  const more = find<HTMLButtonElement>(`button${markup.more.selector}`);
  const dateNotice = find<HTMLElement>(markup.dateNotice.selector);
  const results = resultsView(root);
  const dates = dateControls(root, (range) => go(withPart(withPart(state, 'from', range.from), 'to', range.to)));
  const narrowedTo = (period: Period) => withPart(withPart(state, 'from', period.key), 'to', period.key);
  const timeline = timelineView(root, (period) => `${window.location.pathname}${searchParamsOf(narrowedTo(period))}`, (period) => go(narrowedTo(period)));
  const exports = exportControls(root);
  const chipColumn = (chip: HTMLElement) => markup.column.read(chip) ?? '';
  // Many columns: one picker instead of chips (components/search/SearchView.tsx), its options counted alike.
  const columnSelect = root.querySelector<HTMLSelectElement>(`select${filterMarkup.columnSelect.selector}`);
  const columnOptions = columnSelect ? [...columnSelect.options].filter((option) => option.value !== '') : [];
  const optionName = (option: HTMLOptionElement) => markup.columnName.read(option) ?? '';
  const columnNames = new Map([...chips.map((chip) => [chipColumn(chip), chip.firstChild?.textContent ?? ''] as const), ...columnOptions.map((option) => [option.value, optionName(option)] as const)]);
  const showColumnCounts = (counts: Readonly<Record<string, number>> | undefined) => {
    for (const chip of chips) chip.querySelector(markup.count.selector)!.textContent = counts ? `${counts[chipColumn(chip)] ?? 0}篇` : '';
    for (const option of columnOptions) option.textContent = counts ? `${optionName(option)}（${counts[option.value] ?? 0}篇）` : optionName(option);
  };

  let state = stateFromSearchParams(new URLSearchParams(window.location.search));
  let generation = 0;

  const go = (next: SearchState, mode: 'push' | 'replace' = 'push') => {
    state = next;
    const url = `${window.location.pathname}${searchParamsOf(next)}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void show();
  };

  const picker = regionPicker(root, () => services.fetchRegions(filterMarkup.regionsUrl.read(root) ?? ''), (code) => go(withPart(state, 'region', code)));

  function drawControls(words: readonly (readonly string[])[]): void {
    if (document.activeElement !== input) input.value = state.query;
    if (fieldSelect) fieldSelect.value = state.field ?? '';
    for (const chip of chips) chip.setAttribute('aria-pressed', String(chipColumn(chip) === state.column));
    if (columnSelect) columnSelect.value = state.column && columnNames.has(state.column) ? state.column : '';
    for (const button of sortGroup.querySelectorAll<HTMLButtonElement>('button')) button.setAttribute('aria-pressed', String(markup.order.read(button) === (state.sort ?? 'relevance')));
    sortGroup.classList.toggle('invisible', words.length === 0);
    clearButton.classList.toggle('invisible', !hasFilters(state));
    dates?.draw(state);
    picker.draw(state.region);
  }

  function clearResults(message: string, dateMessage = ''): void {
    results.clear();
    timeline?.clear();
    exports?.show(undefined);
    status.textContent = message;
    dateNotice.textContent = dateMessage;
  }

  const wayBack = (label: string) => results.offerWayBack(label, () => go(withoutFilters(state)));

  let loadMore: (() => Promise<void>) | undefined;

  /** The chart of the view's results over its span of days, drawn after the results, never before. */
  async function drawTimeline(outcome: SearchOutcome, days: DaySpan | undefined, stale: () => boolean): Promise<void> {
    if (!timeline) return;
    try {
      const calendar = await services.engine.calendar();
      const span = days ?? calendarSpan(calendar);
      if (!span || stale()) return;
      const granularity = granularityOf(span);
      const periods = periodsOf(calendar, span, granularity);
      const counts = await outcome.countByPeriod(periods);
      const names = outcome.terms.length > 0 ? outcome.terms : ['全部文章'];
      if (!stale()) timeline.draw({ periods, granularity, series: counts.map((row, index) => ({ term: names[index] ?? '', counts: row })) });
    } catch {
      if (!stale()) timeline.clear('图表暂时无法显示。');
    }
  }

  async function show(): Promise<void> {
    const current = (generation += 1);
    const stale = () => current !== generation;
    // Read once per view: the sort buttons and the empty check read the same terms.
    const parsed = parseQuery(state.query, state.field);
    const words = parsed.terms.flatMap((term) => queryWords(term));
    drawControls(words);
    if (!state.query.trim() && !hasFilters(state)) {
      showColumnCounts(undefined);
      clearResults('输入关键词，或选择栏目、地区，查看符合条件的文章。');
      return;
    }
    if (parsed.emptyPrefix !== undefined) {
      clearResults(`“${parsed.emptyPrefix}”后面没有检索词：请在冒号后写上要找的${parsed.field === 'author' ? '作者' : '标题中的词'}。`);
      return;
    }
    if (words.length === 0 && !hasFilters(state)) {
      clearResults('检索词中没有可检索的文字（标点和符号不参与检索）。');
      return;
    }
    status.textContent = '正在检索……';
    const invalid =
      state.column && !columnNames.has(state.column)
        ? `栏目“${state.column}”不存在`
        : state.region && (await picker.knows(state.region)) === false
          ? `地区代码“${state.region}”没有报道`
          : undefined;
    if (stale()) return;
    if (invalid) {
      clearResults(`没有找到符合条件的文章：${invalid}。`);
      wayBack('清除筛选，在全部文章中查找');
      return;
    }
    const range = readDateRange(state.from, state.to);
    if (!range.ok) {
      clearResults('没有检索：日期有误。', dateProblemMessage(range.problem));
      wayBack('清除筛选，在全部文章中查找');
      return;
    }
    try {
      let days: DaySpan | undefined;
      let reachesPast: string | undefined;
      if (!isOpen(range.range)) {
        const archive = calendarSpan(await services.engine.calendar());
        if (stale()) return;
        days = archive && daysWithin(range.range, archive);
        reachesPast = archive && rangeNotice(range.range, archive);
        if (!days) {
          clearResults('没有找到符合条件的文章。', reachesPast);
          wayBack('清除筛选，在全部文章中查找');
          return;
        }
      }
      const when = isOpen(range.range) ? '' : ` · ${rangeLabel(range.range)}`;
      const facets = { ...(state.column && { column: state.column }), ...(state.region && { region: state.region }), ...(days && { days }), ...(state.field && { field: state.field }) };
      let outcome = await services.engine.search(state.query, facets, state.sort ?? 'relevance');
      let converted: string | undefined;
      if (outcome.total === 0 && hasHanCharacters(state.query)) {
        const simplified = await services.toSimplified(state.query);
        if (simplified !== state.query) {
          const again = await services.engine.search(simplified, facets, state.sort ?? 'relevance');
          if (again.total > 0) [outcome, converted] = [again, simplified];
        }
      }
      // Drawn together, so the offer of a place never moves the results down after they appear.
      const [hits, places] = await Promise.all([outcome.load(0, pageSize), outcome.places().catch(() => [])]);
      if (stale()) return;
      showColumnCounts(outcome.columnCounts);
      const scope = `${outcome.field === 'all' ? '' : `（${fieldLabels[outcome.field]}）`}${outcome.terms.length > 1 ? '（含任一检索词）' : ''}`;
      const dropped = outcome.dropped > 0 ? `最多比较${compareLimit}个检索词，只检索了前${compareLimit}个。` : '';
      clearResults(
        outcome.total > 0 ? `共找到${outcome.total}篇文章${scope}${when}${converted ? `（已按简体“${converted}”检索）` : ''}` : `没有找到符合条件的文章${when}。`,
        [reachesPast, dropped].filter(Boolean).join(''),
      );
      if (outcome.total === 0 && hasFilters(state)) wayBack('清除筛选，在全部文章中查找');
      results.append(outcome, hits);
      results.offerPlaces(places, (code) => go(withPart(state, 'region', code)));
      exports?.show(outcome);
      void drawTimeline(outcome, days, stale);
      loadMore = async () => {
        const next = await outcome.load(results.count, results.count + pageSize);
        if (!stale()) results.append(outcome, next);
      };
    } catch {
      if (stale()) return;
      clearResults('检索暂时不可用，请稍后再试。');
      results.offerBrowsing();
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ ...state, query: input.value });
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      if (input.value !== state.query) go({ ...state, query: input.value }, 'replace');
    }, 300);
  });
  fieldSelect?.addEventListener('change', () => {
    const field = fieldSelect.value === 'head' || fieldSelect.value === 'author' ? fieldSelect.value : undefined;
    go(withPart({ ...state, query: input.value }, 'field', field));
  });
  columnSelect?.addEventListener('change', () => go(withPart(state, 'column', columnSelect.value || undefined)));
  for (const chip of chips) {
    chip.addEventListener('click', () => {
      go(withPart(state, 'column', chipColumn(chip) === state.column ? undefined : chipColumn(chip)));
    });
  }
  clearButton.addEventListener('click', () => go(withoutFilters(state)));
  for (const button of sortGroup.querySelectorAll<HTMLButtonElement>('button')) {
    button.addEventListener('click', () => go(withPart(state, 'sort', markup.order.read(button) === 'newest' ? 'newest' : undefined)));
  }
  more.addEventListener('click', () => void loadMore?.());
  window.addEventListener('popstate', () => {
    state = stateFromSearchParams(new URLSearchParams(window.location.search));
    input.value = state.query;
    void show();
  });
  input.value = state.query;
  void show();
}
