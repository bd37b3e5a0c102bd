/**
 * Marks the words of the search that led to an article (?hl=…, set by the search page's result
 * links) in its head and text, and scrolls to the first. The parameter is then taken out of the
 * address, so a link copied or shared from the page leads to the plain article; without
 * JavaScript it changes nothing.
 */
import { queryWords } from '../indexes/search/fold';
import { matchRanges } from '../indexes/search/excerpt';
import { highlightIgnore } from '../markup/search-highlight';

export function enhanceSearchHighlight(article: HTMLElement, location: Location = window.location, history: History = window.history): void {
  const params = new URLSearchParams(location.search);
  const words = queryWords(params.get('hl') ?? '');
  if (!params.has('hl')) return;
  params.delete('hl');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
  if (words.length === 0) return;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(`${highlightIgnore.selector}, script, mark`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let first: HTMLElement | undefined;
  for (const text of texts) {
    let earliest: HTMLElement | undefined;
    // From the last match back, so the earlier offsets stay right.
    for (const [start, end] of matchRanges(text.data, words).reverse()) {
      const match = text.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'bg-accent/15 text-ink';
      match.replaceWith(mark);
      mark.append(match);
      earliest = mark;
    }
    first ??= earliest;
  }
  first?.scrollIntoView({ block: 'center' });
}
