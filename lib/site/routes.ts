/** URLs of the site's pages, in one place so that links and routes agree. */
import type { IsoDate } from '../records/article';
import type { PageNumber } from './pagination';
import { serviceWorkerPath, traditionalDictionaryPath } from './site-files';

/** A list's newest stories live at the list's own URL; its numbered pages, counted from the oldest, under page/N/. */
const paged = (base: string, page: PageNumber) => (page === 'newest' ? base : `${base}page/${page}/`);

export const routes = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  columns: () => '/columns/',
  column: (slug: string, page: PageNumber = 'newest') => paged(`/columns/${slug}/`, page),
  regions: () => '/regions/',
  region: (code: string, page: PageNumber = 'newest') => paged(`/regions/${code}/`, page),
  editions: () => '/editions/',
  /** A month (YYYY-MM) or a day of the archive. */
  editionDate: (dateOrMonth: string) => `/editions/${dateOrMonth}/`,
  /** A printed page (版面) when the page number is known, else the whole issue of that day. */
  edition: (date: IsoDate, page?: number) => (page === undefined ? `/editions/${date}/` : `/editions/${date}/${page}/`),
  series: (slug: string) => `/series/${slug}/`,
  /** Search and combined filters; `query` is the state's URL form (?q=…&column=…&region=…). */
  search: (query = '') => `/search/${query}`,
  searchRegions: () => '/search/regions.json',
  feed: () => '/feed.xml',
  /** A part of the sitemap, counted from 1 (/sitemap.xml is their index). */
  sitemapPart: (number: number) => `/sitemaps/${number}.xml`,
  columnFeed: (slug: string) => `/columns/${slug}/feed.xml`,
  /** Province-level regions only. */
  regionFeed: (code: string) => `/regions/${code}/feed.xml`,
  /** 我的收藏: the stories saved on this device. */
  saved: () => '/saved/',
  /** What the service worker shows for a page that is not kept offline. */
  offline: () => '/offline/',
  serviceWorker: () => serviceWorkerPath,
  /** The 繁體 view's dictionary of the page at `pagePath` (a path ending in /), beside the page. */
  traditionalDictionary: traditionalDictionaryPath,
} as const;
