import { ArticleSummary, type ArticleSummaryProps } from './ArticleSummary';

/** A list of stories, divided by hairlines. */
export function ArticleList({ items }: { readonly items: readonly ArticleSummaryProps[] }) {
  if (items.length === 0) return <p className="py-6 text-muted">暂无文章。</p>;
  return (
    <div className="divide-y divide-rule">
      {items.map((item) => (
        <ArticleSummary key={item.href} {...item} />
      ))}
    </div>
  );
}
