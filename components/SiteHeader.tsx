
export interface NavLink {
  readonly href: string;
  readonly label: string;
}

export interface SiteHeaderProps {
  readonly siteName: string;
  readonly links: readonly NavLink[];
  /** The search page; the header's search box submits its words there as ?q=. */
  readonly searchHref: string;
}

/** The masthead with a search box, and the main sections; on a phone the links scroll sideways. */
export function SiteHeader({ siteName, links, searchHref }: SiteHeaderProps) {
  return (
    <header className="site-header border-b border-rule">
      <div className="mx-auto max-w-3xl px-4 pt-3">
        <div className="flex items-center justify-between gap-4">
          <a href="/" className="shrink-0 text-lg font-bold tracking-wide text-accent">
            {siteName}
          </a>
          <form role="search" action={searchHref} method="get" className="flex min-w-0 max-w-56 flex-1">
            <label htmlFor="site-search" className="sr-only">
              搜索文章
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="搜索"
              className="min-w-0 flex-1 rounded-l border border-rule bg-paper px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-accent"
            />
            <button type="submit" className="rounded-r border border-l-0 border-rule px-2 text-sm hover:text-accent focus-visible:outline-2 focus-visible:outline-accent">
              搜索
            </button>
          </form>
        </div>
        <nav aria-label="主导航" className="-mx-2 mt-1 overflow-x-auto">
          <ul className="flex gap-1 whitespace-nowrap text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-block rounded px-2 py-2 hover:text-accent">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
