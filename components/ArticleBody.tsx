import type { Figure } from '@/lib/api';
import { FigureList } from './FigureList';

export interface ArticleBodyProps {
  /** HTML from the sanitising Markdown pipeline in lib/records/markdown.ts, never raw content. */
  readonly html: string;
  readonly figures: readonly Figure[];
}

export function ArticleBody({ html, figures }: ArticleBodyProps) {
  return (
    <div className="reader-text max-w-measure text-[1.0625rem]">
      <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />
      <FigureList figures={figures} />
    </div>
  );
}
