/** Entry of the search page's script (a module, deferred): lib/browser/search-page.ts. */
import { enhanceSearchPage } from './search-page';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) enhanceSearchPage(root);
