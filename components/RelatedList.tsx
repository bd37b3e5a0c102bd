
export interface RelatedItem {
  readonly href: string;
  readonly title: string;
  /** Why it is here, in a reader's words: 同属福建省泉州市 · 话题相近：党建联盟 */
  readonly reason: string;
}

export function RelatedList({ items }: { readonly items: readonly RelatedItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-10 border-t border-rule pt-4 print:hidden">
      <h2 id="related-heading" className="text-base font-bold text-accent">
        相关报道
      </h2>
      <ul className="mt-2 space-y-3">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} className="font-semibold hover:text-accent hover:underline">
              {item.title}
            </a>
            <p className="text-sm text-muted">{item.reason}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
