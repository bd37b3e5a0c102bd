/**
 * Time over the search index's calendar (index-format.ts): ids follow the issue dates, newest
 * first, so a span of days is one run of ids, and the stories of a year or month, matching or
 * all of them, are counted from the ids alone, with no further file.
 */
import type { Calendar } from '../../indexes/search/index-format';
import { parseIsoDate, type IsoDate } from '../../records/iso-date';
import { formatChineseMonth, formatChineseYear } from '../../records/chinese-date';
import type { DaySpan } from './date-range';

export type Granularity = 'year' | 'month';

export interface Period {
  /** 2023 or 2023-05: what ?from= and ?to= take to narrow a search to it. */
  readonly key: string;
  /** 2023年, 2023年5月 */
  readonly label: string;
  readonly first: IsoDate;
  readonly last: IsoDate;
  /** Every story of the archive printed in it, matching or not. */
  readonly total: number;
}

/** The archive's first and last issue dates; undefined for an empty archive. */
export function calendarSpan(calendar: Calendar): DaySpan | undefined {
  const last = calendar.dates[0];
  const first = calendar.dates.at(-1);
  const [from, to] = [first && parseIsoDate(first), last && parseIsoDate(last)];
  return from && to ? { first: from, last: to } : undefined;
}

/** Index of the first date (newest first) on or before `date`, or dates.length. */
function firstOnOrBefore(dates: readonly string[], date: string): number {
  let [low, high] = [0, dates.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! > date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The ids [start, end) of the stories printed within a span of days. */
export function idSpanOf(calendar: Calendar, days: DaySpan): readonly [number, number] {
  const { dates, starts, counts } = calendar;
  const newest = firstOnOrBefore(dates, days.last);
  // The first date on or before days.first: the day itself when it was printed, else an older one.
  const oldest = firstOnOrBefore(dates, days.first);
  const end = dates[oldest] === days.first ? oldest + 1 : oldest;
  const startOf = (index: number) => (index < dates.length ? starts[index]! : dates.length === 0 ? 0 : starts.at(-1)! + counts.at(-1)!);
  // An empty span is empty where its stories would stand, so spans stay in id order.
  return newest >= end ? [startOf(newest), startOf(newest)] : [startOf(newest), startOf(end)];
}

/** Months when a span is three years or less, else years: enough periods to read a trend. */
export function granularityOf(days: DaySpan): Granularity {
  const [firstYear, firstMonth] = days.first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = days.last.split('-').map(Number) as [number, number];
  return (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1 <= 36 ? 'month' : 'year';
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Every year or month of a span, oldest first, each with the archive's stories in it. */
export function periodsOf(calendar: Calendar, days: DaySpan, granularity: Granularity): Period[] {
  const [firstYear, firstMonth] = days.first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = days.last.split('-').map(Number) as [number, number];
  const periods: Period[] = [];
  for (let year = firstYear, month = granularity === 'year' ? 1 : firstMonth; year < lastYear || (year === lastYear && (granularity === 'year' || month <= lastMonth)); ) {
    const [start, end] = granularity === 'year' ? [`${year}-01-01`, `${year}-12-31`] : [`${year}-${pad(month)}-01`, `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`];
    // A period is cut to the span, so its total counts only the days searched.
    const first = parseIsoDate(start < days.first ? days.first : start)!;
    const last = parseIsoDate(end > days.last ? days.last : end)!;
    const [from, to] = idSpanOf(calendar, { first, last });
    periods.push({ key: granularity === 'year' ? String(year) : `${year}-${pad(month)}`, label: granularity === 'year' ? formatChineseYear(start) : formatChineseMonth(start), first, last, total: to - from });
    if (granularity === 'year') year += 1;
    else [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return periods;
}

/** How many of `ids` fall in each period (ids of stories outside every period are not counted). */
export function countByPeriod(calendar: Calendar, periods: readonly Period[], ids: Iterable<number>): number[] {
  const spans = periods.map((period) => idSpanOf(calendar, period));
  const counts = periods.map(() => 0);
  for (const id of ids) {
    // Periods run oldest first, ids newest first: search the spans by their start.
    let [low, high] = [0, spans.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spans[middle]![0] > id) low = middle + 1;
      else high = middle;
    }
    const span = spans[low];
    if (span && id >= span[0] && id < span[1]) counts[low]! += 1;
  }
  return counts;
}
