import { enhancer } from '@/lib/markup/enhancers';
import { filterBarMarkup } from '@/lib/markup/filter-bar';
import { filterMarkup } from '@/lib/markup/search-page';

export interface FilterBarProps {
  /** Each column's static page (the fallback) and its filtered view (with JavaScript). */
  readonly columns: readonly { readonly name: string; readonly pageHref: string; readonly filterHref: string }[];
  /** The list of every column: the compact control's way without JavaScript. */
  readonly columnsPageHref: string;
  readonly regionsPageHref: string;
  readonly regionsUrl: string;
  /** The filtered view of a region: this followed by the region's code. */
  readonly regionFilterPrefix: string;
}

const chip = 'rounded-full border border-rule px-3 py-1 hover:border-accent hover:text-accent';
const picker = 'rounded border border-rule bg-paper px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-accent';

/** Up to this many columns are chips; more (an archive of 50 columns over 20 years) are one picker. */
export const columnChipLimit = 6;

/**
 * Column chips (one picker beyond a handful of columns) and a province picker above a listing.
 * Without JavaScript the chips are links to the static column pages and the picker's place is a
 * link to the list of every column; otherwise they are links to the
 * static column and region pages; with it (lib/browser/filter-bar.ts), they open the combined
 * filter view (/search/), where a column and a region combine and the state stays in the URL.
 * Both forms are in the page and <html class="js"> (set before the first paint) picks one, so
 * nothing moves when the script starts working.
 */
export function FilterBar({ columns, columnsPageHref, regionsPageHref, regionsUrl, regionFilterPrefix }: FilterBarProps) {
  return (
    <nav aria-label="筛选文章" {...enhancer.props('filter-bar')} {...filterMarkup.regionsUrl.props(regionsUrl)} {...filterBarMarkup.regionFilterPrefix.props(regionFilterPrefix)} className="mb-6 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">筛选：</span>
      {columns.length <= columnChipLimit ? (
        columns.map((column) => (
          <a key={column.name} href={column.pageHref} {...filterBarMarkup.filterHref.props(column.filterHref)} className={chip}>
            {column.name}
          </a>
        ))
      ) : (
        <>
          <a href={columnsPageHref} className={`${chip} [.js_&]:hidden`}>
            全部栏目（{columns.length}）
          </a>
          <span className="hidden [.js_&]:inline">
            <label htmlFor="filter-bar-column" className="sr-only">
              栏目
            </label>
            <select id="filter-bar-column" {...filterMarkup.columnSelect.props} className={picker} defaultValue="">
              <option value="">全部栏目（{columns.length}）</option>
              {columns.map((column) => (
                <option key={column.name} value={column.filterHref}>
                  {column.name}
                </option>
              ))}
            </select>
          </span>
        </>
      )}
      <a href={regionsPageHref} className={`${chip} [.js_&]:hidden`}>
        按地区
      </a>
      <span className="hidden [.js_&]:inline">
        <label htmlFor="filter-bar-province" className="sr-only">
          省份
        </label>
        <select id="filter-bar-province" {...filterBarMarkup.regionSelect.props} className={picker}>
          <option value="">全部地区</option>
        </select>
      </span>
    </nav>
  );
}
