/**
 * The only script of a plain page (see lib/build/export/dehydrate.ts): finds the elements marked
 * with an enhancer's name (lib/markup/enhancers.ts) and gives each its behaviour. Bundled by lib/build/cli/export-site.ts.
 */
import { enhancer, type EnhancerName } from '../markup/enhancers';
import { enhanceFilterBar } from './filter-bar';
import { enhanceFontSize } from './font-size-control';
import { enhanceListen } from './listen';
import { enhanceSave } from './save';
import { applyStoredScript, enhanceScriptSwitch } from './script-switch';
import { registerServiceWorker } from './register-worker';
import { enhanceShare } from './share';

/** One behaviour for every name a component may mark itself with: a name without one is a type error. */
const enhancers: Record<EnhancerName, (element: HTMLElement) => void> = {
  'filter-bar': (element) => enhanceFilterBar(element),
  'font-size': enhanceFontSize,
  'script-switch': enhanceScriptSwitch,
  share: enhanceShare,
  save: enhanceSave,
  'saved-list': () => loadScript(SAVED_LIST_SCRIPT),
  listen: (element) => enhanceListen(element),
  'search-highlight': loadSearchHighlight,
};

/**
 * Set by lib/build/cli/export-site.ts: the scripts only some pages need, loaded by those pages:
 * the one that marks a search's words (search-highlight.ts) and 我的收藏's list (saved-list.ts).
 */
declare const SEARCH_HIGHLIGHT_SCRIPT: string;
declare const SAVED_LIST_SCRIPT: string;

function loadScript(src: string): void {
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
}

/** Only a reader who comes from a search result (?hl=…) loads the script that marks its words. */
function loadSearchHighlight(): void {
  if (new URLSearchParams(window.location.search).has('hl')) loadScript(SEARCH_HIGHLIGHT_SCRIPT);
}

export function enhance(root: ParentNode = document): void {
  applyStoredScript();
  registerServiceWorker();
  for (const element of root.querySelectorAll<HTMLElement>(enhancer.selector())) {
    const name = enhancer.read(element);
    if (name) enhancers[name](element);
  }
}
