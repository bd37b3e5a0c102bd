import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/app/_lib/listing';
import { pageMetadata } from '@/app/_lib/metadata';
import { findColumnBySlug } from '@/lib/records/columns';
import { getArticlesInColumn } from '@/lib/api';
import { paginate } from '@/lib/indexes/pagination';
import { routes } from '@/lib/records/routes';

export function columnMetadata(slug: string, page: number | undefined): Metadata {
  const column = findColumnBySlug(slug);
  if (!column || page === undefined) return {};
  return pageMetadata({
    title: page > 1 ? `${column.displayName}（第${page}页）` : column.displayName,
    description: page > 1 ? `${column.description}（第${page}页）` : column.description,
    path: routes.column(column.slug, page),
    feeds: { [`${column.displayName}：最新文章`]: routes.columnFeed(column.slug) },
  });
}

export function ColumnView({ slug, page }: { readonly slug: string; readonly page: number | undefined }) {
  const column = findColumnBySlug(slug);
  const list = column && page !== undefined ? paginate(getArticlesInColumn(column.id), page) : undefined;
  if (!column || !list) notFound();
  return (
    <Listing
      trail={[{ label: '首页', href: routes.home() }, { label: column.displayName }]}
      title={column.displayName}
      description={column.description}
      list={list}
      hrefFor={(n) => routes.column(column.slug, n)}
    />
  );
}
