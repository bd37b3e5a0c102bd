/**
 * The search page's result list (components/search/SearchView.tsx): results drawn as text nodes
 * (nothing typed or indexed is parsed as HTML), the places the words name offered as filters, and
 * the ways on when a view finds nothing or search is down.
 */
import type { NamedPlace, SearchHit, SearchOutcome } from '../api/search/engine';
import type { ExcerptSegment } from '../indexes/search/excerpt';
import { searchPageMarkup as markup } from '../markup/search-page';
import { scriptMarkup } from '../markup/script-switch';
import { routes } from '../site/routes';
import { element, requiredElement } from './element';

export interface ResultsView {
  /** Empties the list, the places and the notice. */
  clear(): void;
  /** Appends results; 显示更多 shows while the outcome has more. */
  append(outcome: SearchOutcome, hits: readonly SearchHit[]): void;
  /** How many results are drawn. */
  readonly count: number;
  /** 按地区筛选：福建省泉州市（12篇）, each a press away from its filter. */
  offerPlaces(places: readonly NamedPlace[], choose: (code: string) => void): void;
  /** One button in the notice, e.g. to search without the filters. */
  offerWayBack(label: string, action: () => void): void;
  /** The page's own links to the static pages (the no-JavaScript fallback), offered in the text. */
  offerBrowsing(): void;
}

function segmentsInto(parent: HTMLElement, segments: readonly ExcerptSegment[]): void {
  for (const segment of segments) {
    if (!segment.marked) parent.append(segment.text);
    else {
      const mark = document.createElement('mark');
      mark.className = 'bg-accent/15 text-ink';
      mark.textContent = segment.text;
      parent.append(mark);
    }
  }
}

const textButton = (label: string, action: () => void) => {
  const button = element('button', 'text-accent underline underline-offset-2', label);
  button.type = 'button';
  button.addEventListener('click', action);
  return button;
};

export function resultsView(root: HTMLElement): ResultsView {
  const find = <T extends Element>(selector: string) => requiredElement<T>(root, selector, 'search page');
  const list = find<HTMLOListElement>(markup.results.selector);
  const more = find<HTMLButtonElement>(`button${markup.more.selector}`);
  const notice = find<HTMLElement>(markup.notice.selector);
  const placesLine = find<HTMLElement>(markup.places.selector);
  const regionsLink = find<HTMLAnchorElement>(`a${markup.browse.selector('regions')}`);

  return {
    clear() {
      placesLine.replaceChildren();
      notice.replaceChildren();
      list.replaceChildren();
      more.hidden = true;
    },
    get count() {
      return list.childElementCount;
    },
    append(outcome, hits) {
      const highlight = outcome.words.length > 0 ? `?hl=${encodeURIComponent(outcome.words.join(' '))}` : '';
      for (const hit of hits) {
        const link = element('a', 'hover:text-accent hover:underline');
        link.href = `${hit.url}${highlight}`;
        segmentsInto(link, hit.title);
        const excerpt = element('p', 'mt-1 text-[0.95rem]');
        segmentsInto(excerpt, hit.excerpt);
        const item = element('li', 'py-4', element('h2', 'text-lg font-bold leading-snug', link), element('p', 'text-sm text-muted', `${hit.column} · ${hit.edition}`), excerpt);
        // The 繁體 view converts a result with its article's dictionary: the search page's own covers only the page.
        item.setAttribute(scriptMarkup.extraDictionary.name, routes.traditionalDictionary(hit.url));
        list.append(item);
      }
      more.hidden = list.childElementCount >= outcome.total;
    },
    offerPlaces(places, choose) {
      const offers = places.slice(0, 3).map((place) => textButton(`${place.fullName}（${place.count}篇）`, () => choose(place.code)));
      placesLine.replaceChildren(...(offers.length > 0 ? ['按地区筛选：', ...offers.flatMap((offer, index) => (index > 0 ? ['、', offer] : [offer]))] : []));
    },
    offerWayBack(label, action) {
      notice.replaceChildren(element('p', 'mt-2', textButton(label, action)));
    },
    offerBrowsing() {
      const copy = (from: HTMLAnchorElement, label: string) => {
        const link = element('a', 'text-accent underline underline-offset-2', label);
        link.setAttribute('href', from.getAttribute('href') ?? '');
        return link;
      };
      const columns = [...root.querySelectorAll<HTMLAnchorElement>(`a${markup.browse.selector('column')}`)].map((column) => copy(column, column.textContent ?? ''));
      notice.replaceChildren(element('p', 'mt-2 text-sm', '您可以按栏目浏览（', ...columns.flatMap((link, i) => (i > 0 ? ['、', link] : [link])), '），或', copy(regionsLink, '按地区浏览'), '。'));
    },
  };
}
