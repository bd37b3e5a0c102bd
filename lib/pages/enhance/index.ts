/**
 * The only script of a plain page (see lib/build/export/dehydrate.ts): finds the elements marked
 * data-enhance and gives each its behaviour. Bundled by lib/build/cli/export-site.ts.
 */
import { enhanceFilterBar } from './filter-bar';
import { enhanceFontSize } from './font-size';
import { enhanceListen } from './listen';
import { applyStoredScript, enhanceScriptSwitch } from './script-switch';
import { enhanceShare } from './share';

const enhancers: Record<string, (element: HTMLElement) => void> = {
  'filter-bar': (element) => enhanceFilterBar(element),
  'font-size': enhanceFontSize,
  'script-switch': enhanceScriptSwitch,
  share: enhanceShare,
  listen: (element) => enhanceListen(element),
  'search-highlight': loadSearchHighlight,
};

/** Set by lib/build/cli/export-site.ts: the script that marks a search's words (search-highlight.ts). */
declare const SEARCH_HIGHLIGHT_SCRIPT: string;

/** Only a reader who comes from a search result (?hl=…) loads the script that marks its words. */
function loadSearchHighlight(): void {
  if (!new URLSearchParams(window.location.search).has('hl')) return;
  const script = document.createElement('script');
  script.src = SEARCH_HIGHLIGHT_SCRIPT;
  document.head.append(script);
}

export function enhance(root: ParentNode = document): void {
  applyStoredScript();
  for (const element of root.querySelectorAll<HTMLElement>('[data-enhance]')) {
    enhancers[element.dataset.enhance ?? '']?.(element);
  }
}
