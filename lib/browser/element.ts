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

/**
 * An element a widget's markup must hold (named alike by the component and the script, in
 * lib/markup/): a missing one throws naming the widget and the selector, not a TypeError later.
 */
export function requiredElement<T extends Element = HTMLElement>(root: ParentNode, selector: string, widget: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${widget}: no ${selector}`);
  return found;
}
