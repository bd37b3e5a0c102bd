
export interface Crumb {
  readonly label: string;
  /** Absent for the current page, the last crumb. */
  readonly href?: string;
}

/** 首页 › 深度关注 › 增强干部… */
export function Breadcrumbs({ trail }: { readonly trail: readonly Crumb[] }) {
  return (
    <nav aria-label="面包屑" className="mb-4 text-sm text-muted">
      <ol className="flex flex-wrap items-baseline gap-x-1">
        {trail.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="flex min-w-0 items-baseline gap-x-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? (
              <a href={crumb.href} className="hover:text-accent hover:underline">
                {crumb.label}
              </a>
            ) : (
              <span aria-current="page" className="line-clamp-1 break-all">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
