import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/app/_lib/listing';
import { pageMetadata } from '@/app/_lib/metadata';
import { columnDescription } from '@/lib/records/columns';
import { findColumnBySlug, getArticlesInColumn } from '@/lib/api';
import { listPage, type PageNumber } from '@/lib/site/pagination';
import { routes } from '@/lib/site/routes';

export function columnMetadata(slug: string, page: PageNumber | undefined): Metadata {
  const column = findColumnBySlug(slug);
  if (!column || page === undefined) return {};
  return pageMetadata({
    title: page === 'newest' ? column.name : `${column.name}（第${page}页）`,
    description: page === 'newest' ? columnDescription(column) : `${columnDescription(column)}（第${page}页）`,
    path: routes.column(column.slug, page),
    feeds: { [`${column.name}：最新文章`]: routes.columnFeed(column.slug) },
  });
}

export function ColumnView({ slug, page }: { readonly slug: string; readonly page: PageNumber | undefined }) {
  const column = findColumnBySlug(slug);
  const list = column && page !== undefined ? listPage(getArticlesInColumn(column), page) : undefined;
  if (!column || !list) notFound();
  return (
    <Listing
      trail={[{ label: '首页', href: routes.home() }, { label: column.name }]}
      title={column.name}
      description={columnDescription(column)}
      list={list}
      hrefFor={(n) => routes.column(column.slug, n)}
    />
  );
}
