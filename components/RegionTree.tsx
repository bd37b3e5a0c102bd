
export interface RegionTreeNode {
  readonly code: string;
  readonly name: string;
  readonly href: string;
  /** Stories about this place or places inside it. */
  readonly count: number;
  readonly children: readonly RegionTreeNode[];
}

/** Province → city → county, each with its number of stories. */
export function RegionTree({ nodes, label = '地区' }: { readonly nodes: readonly RegionTreeNode[]; readonly label?: string }) {
  if (nodes.length === 0) return <p className="text-muted">暂无按地区归类的文章。</p>;
  return (
    <nav aria-label={label}>
      <ul className="space-y-2">
        {nodes.map((node) => (
          <RegionBranch key={node.code} node={node} />
        ))}
      </ul>
    </nav>
  );
}

function RegionBranch({ node }: { readonly node: RegionTreeNode }) {
  return (
    <li>
      <a href={node.href} className="font-semibold hover:text-accent hover:underline">
        {node.name}
      </a>
      <span className="ml-1 text-sm text-muted">（{node.count}篇）</span>
      {node.children.length > 0 && (
        <ul className="ml-5 mt-1 space-y-1 border-l border-rule pl-3">
          {node.children.map((child) => (
            <RegionBranch key={child.code} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
