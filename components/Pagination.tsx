import { pageLinks, type ListPage, type PageNumber } from '@/lib/site/pagination';

export interface PaginationProps {
  readonly list: ListPage<unknown>;
  /** The URL of a page of this list. */
  readonly hrefFor: (page: PageNumber) => string;
}

const labelOf = (page: PageNumber) => (page === 'newest' ? '最新' : String(page));
const nameOf = (page: PageNumber) => (page === 'newest' ? '最新一页' : `第${page}页`);
const current = (list: ListPage<unknown>): PageNumber => (list.kind === 'newest' ? 'newest' : list.page);

const stepLink = 'rounded border border-rule px-3 py-1 hover:text-accent';

/**
 * 较新 and 更早 at the two ends of a row, then 最新 … 26 25 [24] 23 22 … 1 centred below: pages
 * numbered from the oldest, listed as the stories are, newest first. On one row with the numbers
 * between them, a phone's width wrapped each of the three onto a line of its own, 1 alone on the
 * last; the source order is the order shown, for keyboards and screen readers alike.
 */
export function Pagination({ list, hrefFor }: PaginationProps) {
  const { newer, older, shown } = pageLinks(list);
  if (shown.length <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-6 text-sm">
      <div className="flex items-center gap-2">
        {newer !== undefined && (
          <a href={hrefFor(newer)} rel="prev" className={stepLink}>
            较新
          </a>
        )}
        {older !== undefined && (
          <a href={hrefFor(older)} rel="next" className={`ml-auto ${stepLink}`}>
            更早
          </a>
        )}
      </div>
      <ol className="mt-2 flex flex-wrap justify-center gap-1">
        {shown.map((page, index) => (
          <li key={page === 'gap' ? `gap-${index}` : page}>
            {page === 'gap' ? (
              <span aria-hidden="true" className="inline-block px-1 text-muted">…</span>
            ) : page === current(list) ? (
              <span aria-current="page" className="inline-block rounded bg-accent px-2 py-1 text-paper sm:px-3">
                {labelOf(page)}
              </span>
            ) : (
              <a href={hrefFor(page)} aria-label={nameOf(page)} className="inline-block rounded px-2 py-1 hover:text-accent sm:px-3">
                {labelOf(page)}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
