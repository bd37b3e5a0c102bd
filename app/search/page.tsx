import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SearchPage } from '@/components/search/SearchPage';
import { columnsInOrder } from '@/lib/columns';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({ title: '检索', description: '全文检索文章，并按栏目和地区筛选。', path: routes.search() });

export default function SearchRoute() {
  const columns = columnsInOrder().map((column) => ({ slug: column.slug, name: column.displayName }));
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '检索' }]} />
      <h1 className="mb-4 text-2xl font-bold">检索与筛选</h1>
      <noscript>
        <p className="mb-4 rounded border border-rule p-3 text-sm">
          检索和组合筛选需要启用 JavaScript。您也可以按栏目浏览（
          {columns.map((column, index) => (
            <span key={column.slug}>
              {index > 0 && '、'}
              <a href={routes.column(column.slug)}>{column.name}</a>
            </span>
          ))}
          ），或<a href={routes.regions()}>按地区浏览</a>。
        </p>
      </noscript>
      {/* The search is a React page: lib/export/dehydrate.ts keeps its runtime. */}
      <div data-needs-react="">
        <SearchPage columns={columns} regionsUrl={routes.searchRegions()} searchHref={routes.search()} />
      </div>
    </>
  );
}
