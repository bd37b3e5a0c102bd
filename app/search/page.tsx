import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SearchView } from '@/components/search/SearchView';
import { getArchiveSpan, getColumns } from '@/lib/api';
import { routes } from '@/lib/site/routes';
import { publication } from '@/lib/site/settings';

export const metadata: Metadata = pageMetadata({ title: '检索', description: '全文检索文章，并按栏目、地区和日期筛选。', path: routes.search() });

export default function SearchRoute() {
  const dates = getArchiveSpan();
  const columns = getColumns().map((column) => ({ slug: column.slug, name: column.name, pageHref: routes.column(column.slug) }));
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '检索' }]} />
      <h1 className="mb-4 text-2xl font-bold">检索与筛选</h1>
      <noscript>
        <p className="mb-4 rounded border border-rule p-3 text-sm">检索结果和组合筛选需要启用 JavaScript。您可以按下方的栏目或地区浏览全部文章。</p>
      </noscript>
      <SearchView
        columns={columns}
        regionsUrl={routes.searchRegions()}
        regionsPageHref={routes.regions()}
        columnsPageHref={routes.columns()}
        searchHref={routes.search()}
        editionsHref={routes.editions()}
        publication={publication.name}
        {...(dates && { dates })}
      />
    </>
  );
}
