import { ArticleSummary } from '@/components/ArticleSummary';
import { getColumn, noColumnLabel } from '@/lib/columns';
import { getArticles } from '@/lib/content';
import { articlesOfEdition, editionLine, groupByColumn, newestEdition } from '@/lib/editions';
import { routes } from '@/lib/routes';

export default function HomePage() {
  const articles = getArticles();
  const edition = newestEdition(articles);
  const groups = groupByColumn(edition ? articlesOfEdition(articles, edition) : []);
  return (
    <>
      <h1 className="text-2xl font-bold">{edition ? editionLine(edition) : '暂无文章'}</h1>
      {groups.map((group) => (
        <section key={group.column ?? 'none'} aria-labelledby={`group-${group.column ?? 'none'}`} className="mt-6">
          <h2 id={`group-${group.column ?? 'none'}`} className="border-b-2 border-accent pb-1 text-base font-bold text-accent">
            {group.column ? getColumn(group.column).displayName : noColumnLabel}
          </h2>
          <div className="divide-y divide-rule">
            {group.articles.map((article) => (
              <ArticleSummary
                key={article.slug}
                href={routes.article(article.slug)}
                title={article.title}
                excerpt={article.excerpt}
                {...(article.kicker !== undefined && { kicker: article.kicker })}
                {...(article.byline !== undefined && { byline: article.byline })}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
