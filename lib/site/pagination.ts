/**
 * Long lists become static pages that stay as they are while the list grows, as a paper's back
 * issues do: numbered pages hold fixed blocks of 20 counted from the oldest story (page/1/ the
 * first 20 printed), and the list's own URL shows the newest stories, those after the last
 * numbered page: 20 to 39 of them (all of them while the list has fewer than 40). A new day then
 * changes a list's newest page, and one numbered page more when it fills a block, instead of every
 * page of every list its stories join: at 10,000 stories that was 419 of a day's 520 pages.
 * Numbered pages therefore show nothing that grows with the list: not its count, not its last page.
 */
export const pageSize = 20;

/** The list's own URL, its newest stories; or a numbered page, counted from the oldest. */
export type PageNumber = 'newest' | number;

/** How many links to pages either side of the current one a page shows. */
const around = 2;

/** Numbered pages of a list of `total` items: every whole block but the newest, which the newest page shows. */
export function numberedPageCount(total: number, size = pageSize): number {
  return Math.max(0, Math.floor(total / size) - 1);
}

/** The list's own page: its newest items, and what it links to. */
export interface NewestPage<T> {
  readonly kind: 'newest';
  /** Newest first. */
  readonly items: readonly T[];
  readonly total: number;
  readonly numberedPages: number;
}

/** A numbered page: a fixed block of the list, the same page whatever is added after it. */
export interface NumberedPage<T> {
  readonly kind: 'numbered';
  /** Newest first, as the list is read. */
  readonly items: readonly T[];
  /** 1 is the oldest block. */
  readonly page: number;
  /** Position of its oldest item in the list, counted from the oldest from 1. */
  readonly firstPosition: number;
  /**
   * How many numbered pages follow it, counted only up to one past the links it shows, so a page
   * further back does not change when the list grows.
   */
  readonly newerPages: number;
}

export type ListPage<T> = NewestPage<T> | NumberedPage<T>;

/** One page of a list given newest first, or undefined for a page the list does not have. */
export function listPage<T>(items: readonly T[], page: PageNumber, size = pageSize): ListPage<T> | undefined {
  const numbered = numberedPageCount(items.length, size);
  if (page === 'newest') return { kind: 'newest', items: items.slice(0, items.length - numbered * size), total: items.length, numberedPages: numbered };
  if (!Number.isInteger(page) || page < 1 || page > numbered) return undefined;
  const end = items.length - (page - 1) * size;
  return { kind: 'numbered', items: items.slice(end - size, end), page, firstPosition: (page - 1) * size + 1, newerPages: Math.min(numbered - page, around + 1) };
}

/** Every page of a list of `total` items: the newest, then the numbered pages from the oldest. */
export function listPageNumbers(total: number, size = pageSize): PageNumber[] {
  return ['newest', ...Array.from({ length: numberedPageCount(total, size) }, (_, index) => index + 1)];
}

/**
 * Lists use one optional catch-all route segment: no segment is the newest page, `page/N` is
 * numbered page N ≥ 1. (A separate page/[n] route would need at least one static param, which a
 * short list lacks.)
 */
export function parsePageSegments(segments: readonly string[] | undefined): PageNumber | undefined {
  if (!segments || segments.length === 0) return 'newest';
  const [keyword, value] = segments;
  return segments.length === 2 && keyword === 'page' && /^[1-9]\d*$/u.test(value ?? '') ? Number(value) : undefined;
}

/** The catch-all values of a page: [] for the newest, ['page', 'N'] for a numbered one. */
export const pageSegmentsOf = (page: PageNumber): string[] => (page === 'newest' ? [] : ['page', String(page)]);

export interface PageLinks {
  /** The page of the stories printed after this page's, if any. */
  readonly newer?: PageNumber;
  /** The page of the stories printed before, if any. */
  readonly older?: number;
  /** The pages to link, newest first as the list reads, with gaps where pages are left out. */
  readonly shown: readonly (PageNumber | 'gap')[];
}

/**
 * The page links a page shows: the newest page, the oldest (1), and two either side of the
 * current one, so a 500-page list shows about nine links. A numbered page names only pages that
 * will always be there, and the newest.
 */
export function pageLinks(list: NewestPage<unknown> | NumberedPage<unknown>): PageLinks {
  const current = list.kind === 'newest' ? list.numberedPages + 1 : list.page;
  const newest = list.kind === 'newest' ? current : current + list.newerPages + 1;
  // Numbers past the last numbered page stand for the newest page; a gap hides what a numbered page may not know.
  const numbers = new Set([newest, current, 1]);
  for (let n = current - around; n <= current + around; n += 1) if (n >= 1 && n < newest) numbers.add(n);
  const sorted = [...numbers].sort((a, b) => b - a);
  const label = (n: number): PageNumber => (list.kind === 'newest' ? (n === current ? 'newest' : n) : n > current + Math.min(list.newerPages, around) ? 'newest' : n);
  const shown = sorted.flatMap((n, index) => (index > 0 && sorted[index - 1]! - n > 1 ? ['gap' as const, label(n)] : [label(n)]));
  return {
    ...(current < newest && { newer: current + 1 < newest ? current + 1 : 'newest' }),
    ...(current > 1 && { older: current - 1 }),
    shown,
  };
}
