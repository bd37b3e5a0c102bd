import Link from 'next/link';

export interface NavLink {
  readonly href: string;
  readonly label: string;
}

/** The masthead and the main sections; on a phone the links scroll sideways in one row. */
export function SiteHeader({ siteName, links }: { readonly siteName: string; readonly links: readonly NavLink[] }) {
  return (
    <header role="banner" className="border-b border-rule">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-wide text-accent">
          {siteName}
        </Link>
        <nav aria-label="主导航" className="-mx-1 overflow-x-auto">
          <ul className="flex gap-1 whitespace-nowrap text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-block rounded px-2 py-2 hover:text-accent">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
