/** Entry of the search page's script (a module, deferred): lib/browser/search-page.ts. */
import { searchPageMarkup } from '../markup/search-page';
import { enhanceSearchPage } from './search-page';

const root = document.querySelector<HTMLElement>(searchPageMarkup.root.selector);
if (root) enhanceSearchPage(root);
