import type { ReactNode } from 'react';
import { ArticleBody, type ArticleBodyProps } from './ArticleBody';
import { ArticleHeader, type ArticleHeaderProps } from './ArticleHeader';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';
import { SearchIndexData, type SearchIndexDataProps } from './SearchIndexData';

export interface IndexedArticleProps {
  readonly trail: readonly Crumb[];
  readonly header: ArticleHeaderProps;
  readonly body: ArticleBodyProps;
  readonly searchData: SearchIndexDataProps;
  /** Machine-readable data before the text (JSON-LD): scripts are never indexed. */
  readonly head?: ReactNode;
  /** Reading tools between the head and the text, left out of the search index. */
  readonly tools?: ReactNode;
  /** Citation, neighbours and related stories after the text, left out of the search index. */
  readonly after?: ReactNode;
}

/**
 * An article as the search index reads it: the breadcrumbs, the head, the text and the index data,
 * with the reading tools and the links around the story marked to be ignored. The article page
 * renders it with those parts; the search indexer (lib/cli/index-search.ts) renders it without
 * them, straight from the content, so the index is built while Next renders the pages and still
 * holds exactly the text a reader sees.
 */
export function IndexedArticle({ trail, header, body, searchData, head, tools, after }: IndexedArticleProps) {
  return (
    <article data-pagefind-body>
      {head}
      <Breadcrumbs trail={trail} />
      <ArticleHeader {...header} />
      {tools && <div data-pagefind-ignore>{tools}</div>}
      <ArticleBody {...body} />
      <SearchIndexData {...searchData} />
      {after && <div data-pagefind-ignore>{after}</div>}
    </article>
  );
}
