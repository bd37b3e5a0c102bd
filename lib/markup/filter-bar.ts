/** The home page's filter bar (components/search/FilterBar.tsx, lib/browser/filter-bar.ts). */
import { dataAttribute, dataMark } from './attribute';

export const filterBarMarkup = {
  /** A column chip: its filtered view (/search/?column=…), where the chip goes once the script runs. */
  filterHref: dataAttribute('data-filter-href'),
  /** The province picker. */
  regionSelect: dataMark('data-region-select'),
  /** A region's filtered view: this followed by the region's code. */
  regionFilterPrefix: dataAttribute('data-region-filter-prefix'),
};
