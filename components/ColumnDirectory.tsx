export interface ColumnEntry {
  readonly name: string;
  readonly href: string;
  readonly description: string;
  readonly count: number;
  /** 2011年3月1日至2024年4月9日, or undefined for a column with no story in the archive yet. */
  readonly span?: string;
  readonly running: boolean;
}

function ColumnItem({ column }: { readonly column: ColumnEntry }) {
  return (
    <li className="py-3">
      <h3 className="font-bold leading-snug">
        {column.count > 0 ? (
          <a href={column.href} className="hover:text-accent hover:underline">
            {column.name}
          </a>
        ) : (
          column.name
        )}
      </h3>
      <p className="mt-1 text-sm">{column.description}</p>
      <p className="mt-1 text-sm text-muted">{column.count > 0 ? `${column.count}篇 · ${column.span}` : '本站暂无该栏目的文章'}</p>
    </li>
  );
}

/** The list of columns, those still running first, each with its description, count and dates. */
export function ColumnDirectory({ columns }: { readonly columns: readonly ColumnEntry[] }) {
  const groups = [
    { id: 'running', title: '仍在刊出', columns: columns.filter((column) => column.running) },
    { id: 'ended', title: '已停刊', columns: columns.filter((column) => !column.running) },
  ].filter((group) => group.columns.length > 0);
  return groups.map((group) => (
    <section key={group.id} aria-labelledby={`columns-${group.id}`} className="mb-8">
      <h2 id={`columns-${group.id}`} className="border-b-2 border-accent pb-1 text-base font-bold text-accent">
        {group.title}（{group.columns.length}）
      </h2>
      <ul className="divide-y divide-rule">
        {group.columns.map((column) => (
          <ColumnItem key={column.href} column={column} />
        ))}
      </ul>
    </section>
  ));
}
