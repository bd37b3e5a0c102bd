/**
 * The only script of a plain page (see lib/export/dehydrate.ts): finds the elements marked
 * data-enhance and gives each its behaviour. Bundled by lib/cli/export-site.ts.
 */
import { enhanceFilterBar } from './filter-bar';
import { enhanceFontSize } from './font-size';
import { enhanceShare } from './share';

const enhancers: Record<string, (element: HTMLElement) => void> = {
  'filter-bar': (element) => enhanceFilterBar(element),
  'font-size': enhanceFontSize,
  share: enhanceShare,
};

export function enhance(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-enhance]')) {
    enhancers[element.dataset.enhance ?? '']?.(element);
  }
}
