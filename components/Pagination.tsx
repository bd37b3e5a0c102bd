import { pageLinks, type ListPage, type PageNumber } from '@/lib/site/pagination';

export interface PaginationProps {
  readonly list: ListPage<unknown>;
  /** The URL of a page of this list. */
  readonly hrefFor: (page: PageNumber) => string;
}

const labelOf = (page: PageNumber) => (page === 'newest' ? '最新' : String(page));
const nameOf = (page: PageNumber) => (page === 'newest' ? '最新一页' : `第${page}页`);
const current = (list: ListPage<unknown>): PageNumber => (list.kind === 'newest' ? 'newest' : list.page);

/** 较新 · 最新 … 26 25 [24] 23 22 … 1 · 更早: pages numbered from the oldest, listed as the stories are, newest first. */
export function Pagination({ list, hrefFor }: PaginationProps) {
  const { newer, older, shown } = pageLinks(list);
  if (shown.length <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      {newer !== undefined && (
        <a href={hrefFor(newer)} rel="prev" className="rounded border border-rule px-3 py-1 hover:text-accent">
          较新
        </a>
      )}
      <ol className="flex flex-wrap gap-1">
        {shown.map((page, index) => (
          <li key={page === 'gap' ? `gap-${index}` : page}>
            {page === 'gap' ? (
              <span aria-hidden="true" className="inline-block px-1 text-muted">…</span>
            ) : page === current(list) ? (
              <span aria-current="page" className="inline-block rounded bg-accent px-3 py-1 text-paper">
                {labelOf(page)}
              </span>
            ) : (
              <a href={hrefFor(page)} aria-label={nameOf(page)} className="inline-block rounded px-3 py-1 hover:text-accent">
                {labelOf(page)}
              </a>
            )}
          </li>
        ))}
      </ol>
      {older !== undefined && (
        <a href={hrefFor(older)} rel="next" className="rounded border border-rule px-3 py-1 hover:text-accent">
          更早
        </a>
      )}
    </nav>
  );
}
