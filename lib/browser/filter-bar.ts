/**
 * Makes the home page's filter bar (components/search/FilterBar.tsx) open the combined filter
 * view: column chips link to it (or, with many columns, the column picker goes to it), and the province picker, filled from /search/regions.json the
 * first time a reader reaches for it, goes to the chosen province's view.
 */
import type { RegionOption } from '../indexes/region-options';
import { filterBarMarkup } from '../markup/filter-bar';
import { filterMarkup } from '../markup/search-page';

export function enhanceFilterBar(nav: HTMLElement, navigate: (url: string) => void = (url) => window.location.assign(url)): void {
  for (const link of nav.querySelectorAll<HTMLAnchorElement>(`a${filterBarMarkup.filterHref.selector()}`)) link.href = filterBarMarkup.filterHref.read(link) ?? link.href;
  // Many columns: one picker whose options are the columns' filtered views.
  const columnSelect = nav.querySelector<HTMLSelectElement>(`select${filterMarkup.columnSelect.selector}`);
  columnSelect?.addEventListener('change', () => {
    if (columnSelect.value) navigate(columnSelect.value);
  });
  const select = nav.querySelector<HTMLSelectElement>(`select${filterBarMarkup.regionSelect.selector}`);
  const regionsUrl = filterMarkup.regionsUrl.read(nav);
  const regionFilterPrefix = filterBarMarkup.regionFilterPrefix.read(nav) ?? '';
  if (!select || !regionsUrl) return;
  let requested = false;
  const fill = () => {
    if (requested) return;
    requested = true;
    fetch(regionsUrl)
      .then((response) => response.json() as Promise<RegionOption[]>)
      .then((regions) => {
        for (const region of regions.filter((r) => r.parent === null)) select.add(new Option(`${region.name}（${region.count}）`, region.code));
      })
      .catch(() => {
        requested = false;
      });
  };
  select.addEventListener('focus', fill);
  select.addEventListener('pointerenter', fill);
  select.addEventListener('change', () => {
    if (select.value) navigate(`${regionFilterPrefix}${encodeURIComponent(select.value)}`);
  });
}
