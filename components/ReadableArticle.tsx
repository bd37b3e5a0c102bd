import type { ReactNode } from 'react';
import { enhancer } from '@/lib/markup/enhancers';
import { highlightIgnore } from '@/lib/markup/search-highlight';
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
 * search-highlight.ts, never in the parts marked to be ignored (lib/markup/search-highlight.ts).
 */
export function ReadableArticle({ trail, header, body, head, tools, after }: ReadableArticleProps) {
  return (
    <article {...enhancer.props('search-highlight')}>
      {head}
      <div {...highlightIgnore.props}>
        <Breadcrumbs trail={trail} />
      </div>
      <ArticleHeader {...header} />
      {tools && <div {...highlightIgnore.props}>{tools}</div>}
      <ArticleBody {...body} />
      {after && <div {...highlightIgnore.props}>{after}</div>}
    </article>
  );
}
