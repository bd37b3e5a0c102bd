
export interface RegionLink {
  readonly href: string;
  /** The name as a reader says it: 福建省泉州市 for the first, the short name after. */
  readonly label: string;
}

/** 地区：福建省泉州市 · 鲤城区 · 南安市 … */
export function RegionLinks({ regions }: { readonly regions: readonly RegionLink[] }) {
  if (regions.length === 0) return null;
  return (
    <nav aria-label="报道地区" className="mb-6 text-sm text-muted">
      <span>地区：</span>
      <ul className="inline">
        {regions.map((region, index) => (
          <li key={region.href} className="inline-block whitespace-nowrap">
            {index > 0 && <span aria-hidden="true" className="mx-1">·</span>}
            <a href={region.href} className="text-ink underline decoration-rule underline-offset-4 hover:text-accent">
              {region.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
