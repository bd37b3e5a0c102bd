/** Entry of the script 我的收藏 and the offline page load for their list (lib/browser/enhancers.ts). */
import { enhancer } from '../markup/enhancers';
import { enhanceSavedList } from './saved-list';

for (const section of document.querySelectorAll<HTMLElement>(enhancer.selector('saved-list'))) enhanceSavedList(section);
