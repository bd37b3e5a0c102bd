import { pageWindow } from '@/lib/site/pagination';

export interface PaginationProps {
  readonly page: number;
  readonly pageCount: number;
  /** The URL of page n of this list. */
  readonly hrefFor: (page: number) => string;
}

/** 上一页 · 1 … 4 5 [6] 7 8 … 40 · 下一页 */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = pageWindow(page, pageCount);
  return (
    <nav aria-label="分页" className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 && (
        <a href={hrefFor(page - 1)} rel="prev" className="rounded border border-rule px-3 py-1 hover:text-accent">
          上一页
        </a>
      )}
      <ol className="flex flex-wrap gap-1">
        {pages.map((n, index) => (
          <li key={n === 'gap' ? `gap-${index}` : n}>
            {n === 'gap' ? (
              <span aria-hidden="true" className="inline-block px-1 text-muted">…</span>
            ) : n === page ? (
              <span aria-current="page" className="inline-block rounded bg-accent px-3 py-1 text-paper">
                {n}
              </span>
            ) : (
              <a href={hrefFor(n)} aria-label={`第${n}页`} className="inline-block rounded px-3 py-1 hover:text-accent">
                {n}
              </a>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount && (
        <a href={hrefFor(page + 1)} rel="next" className="rounded border border-rule px-3 py-1 hover:text-accent">
          下一页
        </a>
      )}
    </nav>
  );
}
