/** Entry of the script an article loads when a search result led to it (lib/browser/enhancers.ts). */
import { enhancer } from '../markup/enhancers';
import { enhanceSearchHighlight } from './search-highlight';

const article = document.querySelector<HTMLElement>(enhancer.selector('search-highlight'));
if (article) enhanceSearchHighlight(article);
