'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { RegionPicker, type RegionOption } from './RegionPicker';

export interface FilterBarProps {
  /** Each column's static page (the fallback) and its filtered view (with JavaScript). */
  readonly columns: readonly { readonly name: string; readonly pageHref: string; readonly filterHref: string }[];
  readonly regionsPageHref: string;
  readonly regionsUrl: string;
  /** The filtered view of a region: this followed by the region's code. */
  readonly regionFilterPrefix: string;
}

/**
 * Column chips and a region picker above a listing. Without JavaScript they are links to the
 * static column and region pages; with it, they open the combined filter view (/search/), where
 * a column and a region combine and the state stays in the URL.
 */
export function FilterBar({ columns, regionsPageHref, regionsUrl, regionFilterPrefix }: FilterBarProps) {
  const [enhanced, setEnhanced] = useState(false);
  const [regions, setRegions] = useState<RegionOption[]>();
  const requested = useRef(false);
  // Rendering the enhanced controls only after hydration keeps the static HTML link-only.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- runs once, to switch to the JavaScript controls
  useEffect(() => setEnhanced(true), []);
  const needRegions = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    fetch(regionsUrl).then((r) => r.json() as Promise<RegionOption[]>).then(setRegions, () => (requested.current = false));
  }, [regionsUrl]);

  return (
    <nav aria-label="筛选文章" data-needs-react="" className="mb-6 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">筛选：</span>
      {columns.map((column) => (
        <a key={column.name} href={enhanced ? column.filterHref : column.pageHref} className="rounded-full border border-rule px-3 py-1 hover:border-accent hover:text-accent">
          {column.name}
        </a>
      ))}
      {enhanced ? (
        <RegionPicker regions={regions} chain={[]} onNeedRegions={needRegions} onSelect={(code) => code && window.location.assign(`${regionFilterPrefix}${encodeURIComponent(code)}`)} />
      ) : (
        <a href={regionsPageHref} className="rounded-full border border-rule px-3 py-1 hover:border-accent hover:text-accent">
          按地区
        </a>
      )}
    </nav>
  );
}
