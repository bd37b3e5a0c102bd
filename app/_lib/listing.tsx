import { ArticleList } from '@/components/ArticleList';
import { Breadcrumbs, type Crumb } from '@/components/Breadcrumbs';
import { Pagination } from '@/components/Pagination';
import type { Article } from '@/lib/api';
import type { ListPage } from '@/lib/site/pagination';
import { summaryOf } from './article-view';

export interface ListingProps {
  readonly trail: readonly Crumb[];
  readonly title: string;
  readonly description?: string;
  readonly list: ListPage<Article>;
  readonly hrefFor: (page: number) => string;
}

/** A paginated list of stories across editions: column pages, region pages. */
export function Listing({ trail, title, description, list, hrefFor }: ListingProps) {
  return (
    <>
      <Breadcrumbs trail={trail} />
      <h1 className="text-2xl font-bold">{title}</h1>
      {description && <p className="mt-2 text-muted">{description}</p>}
      <p className="mt-1 text-sm text-muted">
        共{list.total}篇{list.pageCount > 1 && `，第${list.page}/${list.pageCount}页`}
      </p>
      <ArticleList items={list.items.map((article) => summaryOf(article, { withEdition: true }))} />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </>
  );
}
