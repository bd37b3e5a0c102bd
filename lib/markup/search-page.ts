/**
 * The search page's controls (components/search/SearchView.tsx) and the script that answers them
 * (lib/browser/search-page.ts): every element the script finds, by the one name both use.
 */
import { dataAttribute, dataMark } from './attribute';
import { exportFormats } from '../api/search/citations';

export const sortOrders = ['relevance', 'newest'] as const;

export type SortOrderName = (typeof sortOrders)[number];

/** What the chart draws: stories found, or their share of all stories of the period (per 10,000). */
export const measures = ['count', 'share'] as const;

export type Measure = (typeof measures)[number];

/** Shared with the home page's filter bar (lib/markup/filter-bar.ts). */
export const filterMarkup = {
  /** Where the list of places with stories is loaded from when a reader reaches for the region picker. */
  regionsUrl: dataAttribute('data-regions-url'),
  /** The compact column picker of an archive of many columns. */
  columnSelect: dataMark('data-column-select'),
};

export const searchPageMarkup = {
  /** The page's root; the script starts only where it is. */
  root: dataMark('data-search-page'),
  /** A column chip: the column's slug. */
  column: dataAttribute('data-column'),
  /** The display name of a column picker's option (its text also carries the count). */
  columnName: dataAttribute('data-name'),
  /** A chip's room for its count. */
  count: dataMark('data-count'),
  /** The no-JavaScript links to the static pages, offered in the text when search fails. */
  browse: dataAttribute('data-browse', ['column', 'regions'] as const),
  /** A level of the region picker (0 province, 1 city, 2 county). */
  level: dataAttribute('data-level', ['0', '1', '2'] as const),
  clear: dataMark('data-clear'),
  /** The quick choice of dates: each option's value is a range, `from..to` as the address takes them. */
  dateChoice: dataMark('data-date-choice'),
  /** Where the page says what a date range reaches past, or why it cannot be searched. */
  dateNotice: dataMark('data-date-notice'),
  status: dataMark('data-status'),
  sort: dataMark('data-sort'),
  order: dataAttribute('data-order', sortOrders),
  notice: dataMark('data-notice'),
  /** The places the words name, each offered as the region filter with its count. */
  places: dataMark('data-places'),
  /** The chart of results over time, its measure switch, table and download. */
  timeline: dataMark('data-timeline'),
  chart: dataMark('data-chart'),
  measure: dataAttribute('data-measure', measures),
  timelineTable: dataMark('data-timeline-table'),
  timelineDownload: dataMark('data-timeline-csv'),
  /** The result set as a file: which format a button writes, and where the page says what it did. */
  exports: dataMark('data-exports'),
  exportFormat: dataAttribute('data-export', exportFormats),
  exportStatus: dataMark('data-export-status'),
  /** The paper's name, as every exported record names its publication. */
  publication: dataAttribute('data-publication'),
  results: dataMark('data-results'),
  more: dataMark('data-more'),
};
