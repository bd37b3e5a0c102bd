/**
 * Files beside the pages that the page scripts fetch. Apart from routes.ts (which names them too)
 * so the enhancement script bundles these two lines rather than every route of the site.
 */

/** The file name of a page's 繁體 dictionary. */
export const traditionalDictionaryName = 'zh-hant.txt';

/** The 繁體 view's dictionary of the page at `pagePath` (a path ending in /), beside the page. */
export const traditionalDictionaryPath = (pagePath: string) => `${pagePath}${traditionalDictionaryName}`;

export const serviceWorkerPath = '/sw.js';
