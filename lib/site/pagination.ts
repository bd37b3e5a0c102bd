/**
 * Long lists become numbered static pages of 20 stories; no page renders more than one page of a
 * list, so a page's weight does not grow with the archive.
 */
export const pageSize = 20;

export interface ListPage<T> {
  readonly items: readonly T[];
  /** 1-based. */
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
}

/** One page of a list, or undefined for a page number the list does not have. */
export function paginate<T>(items: readonly T[], page: number, size = pageSize): ListPage<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount, total: items.length };
}

/** The page numbers after the first, which get their own static pages (page/2/, page/3/ …). */
export function laterPageNumbers(total: number, size = pageSize): number[] {
  const pageCount = Math.max(1, Math.ceil(total / size));
  return Array.from({ length: pageCount - 1 }, (_, index) => index + 2);
}

/**
 * Lists use one optional catch-all route segment: no segment is page 1, `page/N` is page N ≥ 2.
 * (A separate page/[n] route would need at least one static param, which a short list lacks.)
 */
export function parsePageSegments(segments: readonly string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const [keyword, value] = segments;
  const canonical = segments.length === 2 && keyword === 'page' && /^[1-9]\d*$/u.test(value ?? '');
  return canonical && Number(value) >= 2 ? Number(value) : undefined;
}

/** The catch-all values of every page of a list of `total` items: [], ['page', '2'], … */
export function pageSegments(total: number, size = pageSize): string[][] {
  return [[], ...laterPageNumbers(total, size).map((page) => ['page', String(page)])];
}

/**
 * The page links to show: the first, the last and two either side of the current page, with
 * gaps between, so a 500-page list still shows about nine links.
 */
export function pageWindow(page: number, pageCount: number, around = 2): (number | 'gap')[] {
  const shown = new Set([1, pageCount]);
  for (let n = page - around; n <= page + around; n += 1) if (n >= 1 && n <= pageCount) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => (index > 0 && n - sorted[index - 1]! > 1 ? ['gap' as const, n] : [n]));
}
