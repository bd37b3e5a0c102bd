import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/app/_lib/listing';
import { pageMetadata } from '@/app/_lib/metadata';
import { columnDescription } from '@/lib/records/columns';
import { findColumnBySlug, getArticlesInColumn } from '@/lib/api';
import { paginate } from '@/lib/site/pagination';
import { routes } from '@/lib/site/routes';

export function columnMetadata(slug: string, page: number | undefined): Metadata {
  const column = findColumnBySlug(slug);
  if (!column || page === undefined) return {};
  return pageMetadata({
    title: page > 1 ? `${column.name}（第${page}页）` : column.name,
    description: page > 1 ? `${columnDescription(column)}（第${page}页）` : columnDescription(column),
    path: routes.column(column.slug, page),
    feeds: { [`${column.name}：最新文章`]: routes.columnFeed(column.slug) },
  });
}

export function ColumnView({ slug, page }: { readonly slug: string; readonly page: number | undefined }) {
  const column = findColumnBySlug(slug);
  const list = column && page !== undefined ? paginate(getArticlesInColumn(column), page) : undefined;
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
