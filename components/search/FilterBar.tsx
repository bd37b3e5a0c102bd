export interface FilterBarProps {
  /** Each column's static page (the fallback) and its filtered view (with JavaScript). */
  readonly columns: readonly { readonly name: string; readonly pageHref: string; readonly filterHref: string }[];
  readonly regionsPageHref: string;
  readonly regionsUrl: string;
  /** The filtered view of a region: this followed by the region's code. */
  readonly regionFilterPrefix: string;
}

const chip = 'rounded-full border border-rule px-3 py-1 hover:border-accent hover:text-accent';

/**
 * Column chips and a province picker above a listing. Without JavaScript they are links to the
 * static column and region pages; with it (lib/pages/enhance/filter-bar.ts), they open the combined
 * filter view (/search/), where a column and a region combine and the state stays in the URL.
 * Both forms are in the page and <html class="js"> (set before the first paint) picks one, so
 * nothing moves when the script starts working.
 */
export function FilterBar({ columns, regionsPageHref, regionsUrl, regionFilterPrefix }: FilterBarProps) {
  return (
    <nav aria-label="筛选文章" data-enhance="filter-bar" data-regions-url={regionsUrl} data-region-filter-prefix={regionFilterPrefix} className="mb-6 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">筛选：</span>
      {columns.map((column) => (
        <a key={column.name} href={column.pageHref} data-filter-href={column.filterHref} className={chip}>
          {column.name}
        </a>
      ))}
      <a href={regionsPageHref} className={`${chip} [.js_&]:hidden`}>
        按地区
      </a>
      <span className="hidden [.js_&]:inline">
        <label htmlFor="filter-bar-province" className="sr-only">
          省份
        </label>
        <select id="filter-bar-province" data-region-select="" className="rounded border border-rule bg-paper px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-accent">
          <option value="">全部地区</option>
        </select>
      </span>
    </nav>
  );
}
