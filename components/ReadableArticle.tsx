import type { ReactNode } from 'react';
import { ArticleBody, type ArticleBodyProps } from './ArticleBody';
import { ArticleHeader, type ArticleHeaderProps } from './ArticleHeader';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';

export interface ReadableArticleProps {
  readonly trail: readonly Crumb[];
  readonly header: ArticleHeaderProps;
  readonly body: ArticleBodyProps;
  /** Machine-readable data before the text (JSON-LD). */
  readonly head?: ReactNode;
  /** Reading tools between the head and the text. */
  readonly tools?: ReactNode;
  /** Citation, neighbours and related stories after the text. */
  readonly after?: ReactNode;
}

/**
 * An article page's story: breadcrumbs, head, text, and the tools and links around it. The words
 * of a search that led here (?hl=…) are marked in the head and the text by lib/browser/
 * search-highlight.ts, never in the parts marked data-highlight-ignore.
 */
export function ReadableArticle({ trail, header, body, head, tools, after }: ReadableArticleProps) {
  return (
    <article data-enhance="search-highlight">
      {head}
      <div data-highlight-ignore="">
        <Breadcrumbs trail={trail} />
      </div>
      <ArticleHeader {...header} />
      {tools && <div data-highlight-ignore="">{tools}</div>}
      <ArticleBody {...body} />
      {after && <div data-highlight-ignore="">{after}</div>}
    </article>
  );
}
