'use client';

import { useId } from 'react';
import type { RegionOption } from '@/lib/search/region-options';

export interface RegionPickerProps {
  /** Undefined until the region list is loaded (on first focus). */
  readonly regions: readonly RegionOption[] | undefined;
  /** The selected region's chain, province first. */
  readonly chain: readonly string[];
  readonly onSelect: (code: string | undefined) => void;
  readonly onNeedRegions: () => void;
}

const levels = ['省份', '城市', '区县'] as const;

/** Province → city → county as three linked selects; each level narrows the next. */
export function RegionPicker({ regions, chain, onSelect, onNeedRegions }: RegionPickerProps) {
  const id = useId();
  const childrenOf = (parent: string | null) => (regions ?? []).filter((region) => region.parent === parent);
  const levelsShown = [null, ...chain].slice(0, 3).map((parent) => childrenOf(parent));
  return (
    <fieldset className="flex flex-wrap items-center gap-2" onFocus={onNeedRegions} onPointerEnter={onNeedRegions}>
      <legend className="sr-only">地区</legend>
      {levelsShown.map((options, depth) =>
        depth === 0 || options.length > 0 ? (
          <span key={levels[depth]}>
            <label htmlFor={`${id}-${depth}`} className="sr-only">
              {levels[depth]}
            </label>
            <select
              id={`${id}-${depth}`}
              value={chain[depth] ?? ''}
              onChange={(event) => onSelect(event.target.value || (depth > 0 ? chain[depth - 1] : undefined))}
              className="rounded border border-rule bg-paper px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-accent"
            >
              <option value="">{depth === 0 ? '全部地区' : `全部${levels[depth]}`}</option>
              {options.map((region) => (
                <option key={region.code} value={region.code}>
                  {region.name}（{region.count}）
                </option>
              ))}
              {depth === 0 && !regions && chain[0] && <option value={chain[0]}>{chain[0]}</option>}
            </select>
          </span>
        ) : null,
      )}
    </fieldset>
  );
}
