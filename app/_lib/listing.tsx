import { ArticleList } from '@/components/ArticleList';
import { Breadcrumbs, type Crumb } from '@/components/Breadcrumbs';
import { Pagination } from '@/components/Pagination';
import type { Article } from '@/lib/api';
import type { ListPage, PageNumber } from '@/lib/site/pagination';
import { summaryOf } from './article-view';

export interface ListingProps {
  readonly trail: readonly Crumb[];
  readonly title: string;
  readonly description?: string;
  readonly list: ListPage<Article>;
  readonly hrefFor: (page: PageNumber) => string;
}

/**
 * What the page holds: the newest page counts the whole list; a numbered page says which stories
 * it holds from the oldest, and no count that grows with the list (lib/site/pagination.ts).
 */
function listCaption(list: ListPage<Article>): string {
  if (list.kind === 'numbered') return `第${list.page}页：按刊出先后第${list.firstPosition}—${list.firstPosition + list.items.length - 1}篇`;
  return list.numberedPages > 0 ? `共${list.total}篇，此页为最新${list.items.length}篇` : `共${list.total}篇`;
}

/** A paginated list of stories across editions: column pages, region pages. */
export function Listing({ trail, title, description, list, hrefFor }: ListingProps) {
  return (
    <>
      <Breadcrumbs trail={trail} />
      <h1 className="text-2xl font-bold">{title}</h1>
      {description && <p className="mt-2 text-muted">{description}</p>}
      <p className="mt-1 text-sm text-muted">{listCaption(list)}</p>
      <ArticleList items={list.items.map((article) => summaryOf(article, { withEdition: true }))} />
      <Pagination list={list} hrefFor={hrefFor} />
    </>
  );
}
