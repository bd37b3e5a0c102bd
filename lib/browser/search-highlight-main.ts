/** Entry of the script an article loads when a search result led to it (lib/browser/enhancers.ts). */
import { enhanceSearchHighlight } from './search-highlight';

const article = document.querySelector<HTMLElement>('[data-enhance="search-highlight"]');
if (article) enhanceSearchHighlight(article);
