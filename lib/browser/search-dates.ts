/**
 * The search page's date range controls (components/search/SearchView.tsx, DateRangeControls):
 * the two dates and the quick choice show the view's range, and a change goes into the address.
 * A year or a month stays as written (2023, 2023-05): the dates show its first and last day.
 */
import { readDateRange } from '../api/search/date-range';
import type { SearchState } from '../api/search/query';
import { searchPageMarkup as markup } from '../markup/search-page';

export interface DateControls {
  draw(state: SearchState): void;
}

type RangeChange = (range: { readonly from?: string; readonly to?: string }) => void;

/** The quick choice's value for a range (`from..to`), as its options are written. */
const choiceOf = (state: SearchState) => (state.from || state.to ? `${state.from ?? ''}..${state.to ?? ''}` : '');

export function dateControls(root: HTMLElement, change: RangeChange): DateControls | undefined {
  const from = root.querySelector<HTMLInputElement>('input[name="from"]');
  const to = root.querySelector<HTMLInputElement>('input[name="to"]');
  const choice = root.querySelector<HTMLSelectElement>(`select${markup.dateChoice.selector}`);
  if (!from || !to || !choice) return undefined;
  let shown: SearchState = { query: '' };

  choice.addEventListener('change', () => {
    const [start, end] = choice.value.split('..');
    change({ ...(start && { from: start }), ...(end && { to: end }) });
  });
  // A date typed in full or picked; one the reader left as it was shown keeps its year or month.
  const dateChanged = () => {
    const reading = readDateRange(shown.from, shown.to);
    const range = reading.ok ? reading.range : {};
    const fromText = from.value === range.from?.first ? shown.from : from.value;
    const toText = to.value === range.to?.last ? shown.to : to.value;
    change({ ...(fromText && { from: fromText }), ...(toText && { to: toText }) });
  };
  from.addEventListener('change', dateChanged);
  to.addEventListener('change', dateChanged);

  return {
    draw(state) {
      shown = state;
      const reading = readDateRange(state.from, state.to);
      const range = reading.ok ? reading.range : {};
      from.value = range.from?.first ?? '';
      to.value = range.to?.last ?? '';
      const value = choiceOf(state);
      const known = [...choice.options].some((option) => option.value === value && !option.disabled);
      choice.value = known ? value : 'custom';
    },
  };
}
