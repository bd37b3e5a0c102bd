/**
 * The search page's province → city → county picker (components/search/SearchView.tsx): the list
 * of places with stories is loaded once, when a reader first reaches for the picker or an address
 * names a place, and each level lists the places inside the one chosen above it.
 */
import type { RegionOption } from '../indexes/region-options';
import { searchPageMarkup as markup } from '../markup/search-page';
import { optionChain, regionLevels } from './region-levels';

export interface RegionPicker {
  /** Shows the chosen region (a code at any level, or none). */
  draw(chosen: string | undefined): void;
  /** Whether a code is a place with stories; loads the list first. Undefined when it cannot load. */
  knows(code: string): Promise<boolean | undefined>;
}

export function regionPicker(root: HTMLElement, fetchRegions: () => Promise<RegionOption[]>, choose: (code: string | undefined) => void): RegionPicker {
  const levels = [...root.querySelectorAll<HTMLElement>(markup.level.selector())];
  const selects = levels.map((level) => level.querySelector('select')!);
  let regions: RegionOption[] | undefined;
  let loading: Promise<RegionOption[] | undefined> | undefined;
  let chosen: string | undefined;

  const chain = () => (regions && chosen ? optionChain(chosen, regions) : []);
  function draw(): void {
    const codes = chain();
    regionLevels(regions ?? [], codes).forEach((options, depth) => {
      const select = selects[depth]!;
      const all = select.options[0]!;
      select.replaceChildren(all, ...options.map((region) => new Option(`${region.name}（${region.count}）`, region.code)));
      select.value = codes[depth] ?? '';
      levels[depth]!.classList.toggle('invisible', depth > 0 && options.length === 0);
    });
  }
  const load = () => {
    loading ??= fetchRegions()
      .then((loaded) => {
        regions = loaded;
        draw();
        return loaded;
      })
      .catch(() => {
        // A failed load is tried again on the next reach.
        loading = undefined;
        return undefined;
      });
    return loading;
  };

  const fieldset = selects[0]?.closest('fieldset');
  fieldset?.addEventListener('focusin', () => void load());
  fieldset?.addEventListener('pointerenter', () => void load());
  selects.forEach((select, depth) => {
    // 全部城市 under a province means the province again.
    select.addEventListener('change', () => choose(select.value || chain()[depth - 1]));
  });

  return {
    draw(code) {
      chosen = code;
      draw();
    },
    async knows(code) {
      const loaded = await load();
      return loaded && loaded.some((region) => region.code === code);
    },
  };
}
