/**
 * The date range of a search (?from=…&to=…, inclusive, either end open). Each end is a year
 * (2023), a month (2023-05) or a day (2023-05-01), kept as written so the page shows it as such;
 * a year or month stands for its first day as `from` and its last day as `to`. Pure functions:
 * the search page, the engine and the tests share them.
 */
import { parseIsoDate, type IsoDate } from '../../records/iso-date';
import { firstIssueDate } from '../../records/paper';
import { formatChineseDate, formatChineseMonth, formatChineseYear } from '../../records/chinese-date';

export type DatePrecision = 'year' | 'month' | 'day';
export type RangeEnd = 'from' | 'to';

export interface DateBound {
  /** As written in the address, e.g. 2023-05. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** The first and last day it covers. */
  readonly first: IsoDate;
  readonly last: IsoDate;
}

export interface DateRange {
  readonly from?: DateBound;
  readonly to?: DateBound;
}

/** Days, both inclusive. */
export interface DaySpan {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

export type DateProblem =
  | { readonly kind: 'unreadable'; readonly end: RangeEnd; readonly value: string }
  | { readonly kind: 'impossible'; readonly end: RangeEnd; readonly value: string }
  | { readonly kind: 'reversed'; readonly from: DateBound; readonly to: DateBound };

export type DateRangeReading = { readonly ok: true; readonly range: DateRange } | { readonly ok: false; readonly problem: DateProblem };

/** Longest end read at all: a 100 KB parameter costs what a short one does. */
const boundLimit = 32;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function day(year: number, month: number, date: number): IsoDate | undefined {
  return parseIsoDate(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(date)}`);
}

type BoundReading = { readonly ok: true; readonly bound: DateBound } | { readonly ok: false; readonly kind: 'unreadable' | 'impossible' };

/** One end as a reader may write it: full-width digits and 2023/05/01 or 2023.05.01 are read too. */
export function readDateBound(value: string): BoundReading {
  const text = value.slice(0, boundLimit).normalize('NFKC').trim().replace(/[/.]/gu, '-');
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(text);
  if (!match) return { ok: false, kind: 'unreadable' };
  const [, yearText, monthText, dateText] = match;
  const year = Number(yearText);
  if (year < 1) return { ok: false, kind: 'impossible' };
  if (monthText === undefined) {
    const [first, last] = [day(year, 1, 1), day(year, 12, 31)];
    return first && last ? { ok: true, bound: { text: yearText!, precision: 'year', first, last } } : { ok: false, kind: 'impossible' };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return { ok: false, kind: 'impossible' };
  if (dateText === undefined) {
    const [first, last] = [day(year, month, 1), day(year, month, lastDayOfMonth(year, month))];
    return first && last ? { ok: true, bound: { text: `${yearText}-${pad(month)}`, precision: 'month', first, last } } : { ok: false, kind: 'impossible' };
  }
  const date = day(year, month, Number(dateText));
  return date ? { ok: true, bound: { text: date, precision: 'day', first: date, last: date } } : { ok: false, kind: 'impossible' };
}

/** Reads ?from= and ?to= (absent or blank: that end open). */
export function readDateRange(from: string | undefined, to: string | undefined): DateRangeReading {
  const ends: { -readonly [K in RangeEnd]?: DateBound } = {};
  for (const [end, value] of [['from', from], ['to', to]] as const) {
    if (value === undefined || value.trim() === '') continue;
    const reading = readDateBound(value);
    if (!reading.ok) return { ok: false, problem: { kind: reading.kind, end, value: value.slice(0, boundLimit) } };
    ends[end] = reading.bound;
  }
  if (ends.from && ends.to && ends.from.first > ends.to.last) return { ok: false, problem: { kind: 'reversed', from: ends.from, to: ends.to } };
  return { ok: true, range: ends };
}

export const isOpen = (range: DateRange): boolean => !range.from && !range.to;

/** The archive's last twelve months: from the day after the same date a year before its last issue, to that issue. */
export function lastTwelveMonths(last: string): { readonly from: string; readonly to: string } {
  const end = new Date(`${last}T00:00:00Z`);
  const start = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate() + 1));
  return { from: start.toISOString().slice(0, 10), to: last };
}

/** 2023年, 2023年5月, 2023年5月1日: an end as the page shows it. */
export function boundLabel(bound: DateBound): string {
  if (bound.precision === 'year') return formatChineseYear(bound.first);
  if (bound.precision === 'month') return formatChineseMonth(bound.first);
  return formatChineseDate(bound.first);
}

/** The range in words: 2019年5月至2020年, 2023年起, 至2020年3月, 2019年5月 (one period). */
export function rangeLabel(range: DateRange): string {
  const { from, to } = range;
  if (from && to) return from.text === to.text ? boundLabel(from) : `${boundLabel(from)}至${boundLabel(to)}`;
  if (from) return `${boundLabel(from)}起`;
  if (to) return `至${boundLabel(to)}`;
  return '全部日期';
}

const endLabel = (end: RangeEnd) => (end === 'from' ? '起始日期' : '结束日期');
const fenced = (value: string) => `“${value}”`;

/** A plain answer in Chinese for a range that cannot be searched. */
export function dateProblemMessage(problem: DateProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return `${endLabel(problem.end)}${fenced(problem.value)}无法识别：请写成年份（2023）、年月（2023-05）或日期（2023-05-01）。`;
    case 'impossible':
      return `${endLabel(problem.end)}${fenced(problem.value)}不是真实的日期。`;
    case 'reversed':
      return `起始日期（${boundLabel(problem.from)}）晚于结束日期（${boundLabel(problem.to)}），请调换或修改。`;
  }
}

/** The days a range covers within the archive's span; undefined when the two do not meet. */
export function daysWithin(range: DateRange, archive: DaySpan): DaySpan | undefined {
  const first = range.from && range.from.first > archive.first ? range.from.first : archive.first;
  const last = range.to && range.to.last < archive.last ? range.to.last : archive.last;
  return first <= last ? { first, last } : undefined;
}

/**
 * What the page says when a range reaches past what the archive holds: before the paper's first
 * issue, or before or after the archive's own first and last issues. Undefined when it does not.
 */
export function rangeNotice(range: DateRange, archive: DaySpan): string | undefined {
  const holds = `本库收录${formatChineseDate(archive.first)}至${formatChineseDate(archive.last)}的报道`;
  if (range.to && range.to.last < firstIssueDate) return `人民日报创刊于${formatChineseDate(firstIssueDate)}，此前没有报道；${holds}。`;
  if (range.from && range.from.first > archive.last) return `${holds}，${rangeLabel(range)}的报道尚未收录。`;
  if (range.to && range.to.last < archive.first) return `${holds}，更早的报道尚未收录。`;
  if ((range.from && range.from.first < archive.first) || (range.to && range.to.last > archive.last)) return `${holds}，已在此范围内检索。`;
  return undefined;
}
