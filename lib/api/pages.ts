/** What routes need to list their pages: the pages with their inputs, and which of them this build renders. */
export { staticPages, staticPageDigests, type StaticPage } from './static-pages';
export { paramsToRender, pageSelectionText, pageSelectionVariable } from './page-selection';
