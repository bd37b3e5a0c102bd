/**
 * Builds an element with text and child nodes only: what storage or an index holds is never
 * parsed as HTML. Used by the scripts that draw lists (search results, 我的收藏).
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}
