export interface ColumnChip {
  readonly slug: string;
  readonly name: string;
  /** Stories this column would show with the other facets; undefined before the first search. */
  readonly count?: number;
}

export interface ColumnChipsProps {
  readonly chips: readonly ColumnChip[];
  readonly selected?: string;
  readonly onSelect: (slug: string | undefined) => void;
}

/** One column at a time; pressing the selected chip again clears it. */
export function ColumnChips({ chips, selected, onSelect }: ColumnChipsProps) {
  return (
    <div role="group" aria-label="栏目" className="flex flex-wrap gap-2">
      {chips.map((chip) => {
        const pressed = chip.slug === selected;
        return (
          <button
            key={chip.slug}
            type="button"
            aria-pressed={pressed}
            onClick={() => onSelect(pressed ? undefined : chip.slug)}
            className={`rounded-full border px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${
              pressed ? 'border-accent bg-accent text-paper' : 'border-rule hover:border-accent hover:text-accent'
            }`}
          >
            {chip.name}
            {chip.count !== undefined && <span className="ml-1 opacity-80">{chip.count}篇</span>}
          </button>
        );
      })}
    </div>
  );
}
