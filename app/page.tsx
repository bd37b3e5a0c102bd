import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { site } from '@/lib/site/settings';
import { summaryOf } from '@/app/_lib/article-view';
import { ArticleList } from '@/components/ArticleList';
import { FilterBar } from '@/components/search/FilterBar';
import { searchParamsOf } from '@/lib/api/search/query';
import { noColumnLabel } from '@/lib/records/columns';
import { getColumns, getNewestEdition, groupByColumn } from '@/lib/api';
import { editionLine } from '@/lib/records/format';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = {
  ...pageMetadata({ title: site.name, description: site.description, path: routes.home() }),
  title: { absolute: site.name },
};

export default function HomePage() {
  const edition = getNewestEdition();
  const groups = groupByColumn(edition?.articles ?? []);
  const filterColumns = getColumns().map((column) => ({
    name: column.name,
    pageHref: routes.column(column.slug),
    filterHref: routes.search(searchParamsOf({ query: '', column: column.slug })),
  }));
  return (
    <>
      <FilterBar
        columns={filterColumns}
        columnsPageHref={routes.columns()}
        regionsPageHref={routes.regions()}
        regionsUrl={routes.searchRegions()}
        regionFilterPrefix={routes.search('?region=')}
      />
      <p className="text-sm text-muted">最新版面</p>
      <h1 className="text-2xl font-bold">
        {edition ? <a href={routes.edition(edition.date, edition.page)}>{editionLine(edition)}</a> : '暂无文章'}
      </h1>
      {groups.map((group) => {
        const id = `group-${group.column?.slug ?? 'other'}`;
        return (
          <section key={id} aria-labelledby={id} className="mt-6">
            <h2 id={id} className="border-b-2 border-accent pb-1 text-base font-bold text-accent">
              {group.column ? <a href={routes.column(group.column.slug)}>{group.column.name}</a> : noColumnLabel}
            </h2>
            <ArticleList items={group.articles.map((article) => ({ ...summaryOf(article), headingLevel: 3 }))} />
          </section>
        );
      })}
      <nav aria-label="浏览" className="mt-10 border-t border-rule pt-4 text-sm">
        <h2 className="font-bold">浏览全部文章</h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          <li>
            <a href={routes.columns()} className="text-accent hover:underline">全部栏目</a>
          </li>
          <li>
            <a href={routes.regions()} className="text-accent hover:underline">按地区浏览</a>
          </li>
          <li>
            <a href={routes.editions()} className="text-accent hover:underline">往期版面</a>
          </li>
        </ul>
      </nav>
    </>
  );
}
