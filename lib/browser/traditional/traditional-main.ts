/**
 * The 繁體 view's module, loaded only by a reader who chose 繁 (lib/browser/script-switch.ts
 * imports it; the head script preloads it on later pages). It fetches the page's dictionary, shows
 * the page in traditional characters and keeps it so: parts of the page that carry a dictionary of
 * their own (a search result) stay hidden until theirs has arrived too.
 */
import { scriptMarkup, traditionalLang } from '../../markup/script-switch';
import { TraditionalConverter } from './converter';
import { TraditionalView } from './page-text';

let view: TraditionalView | undefined;
let printedLang: string | undefined;
const converter = new TraditionalConverter();
const dictionaries = new Map<string, Promise<void>>();

function loadDictionary(url: string): Promise<void> {
  let loading = dictionaries.get(url);
  if (!loading) {
    loading = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      converter.add(await response.text());
    });
    dictionaries.set(url, loading);
  }
  return loading;
}

/** Hides each part whose dictionary is still coming, and shows it converted once it is here. */
function convertExtras(root: Element): void {
  const selector = scriptMarkup.extraDictionary.selector();
  for (const element of [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)]) {
    const url = scriptMarkup.extraDictionary.read(element)!;
    element.setAttribute(scriptMarkup.waiting.name, '');
    void loadDictionary(url)
      .catch(() => undefined) // Without it the part shows what the page's dictionary converts.
      .then(() => {
        view?.refresh(element);
        element.removeAttribute(scriptMarkup.waiting.name);
      });
  }
}

const extras = new MutationObserver((records) => {
  for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && convertExtras(node));
});

/** Shows the page in traditional characters; resolves once it is converted. */
export async function showTraditional(): Promise<void> {
  const html = document.documentElement;
  const url = scriptMarkup.dictionary.read(html);
  if (!url) throw new Error('this page has no traditional dictionary');
  await loadDictionary(url);
  if (view) return;
  printedLang = html.lang;
  html.lang = traditionalLang;
  view = new TraditionalView(converter, html);
  view.show();
  convertExtras(html);
  extras.observe(html, { subtree: true, childList: true });
}

/** Shows the page as printed again. */
export function showSimplified(): void {
  extras.disconnect();
  view?.restore();
  view = undefined;
  if (printedLang !== undefined) document.documentElement.lang = printedLang;
}
