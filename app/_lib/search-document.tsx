/**
 * The page the search indexer reads for an article: its <html lang> and the IndexedArticle the
 * article page renders, without the parts the index ignores. Pagefind reads only what is inside
 * data-pagefind-body, so this page indexes as the built article page does (tests/export checks).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { IndexedArticle } from '@/components/IndexedArticle';
import type { Article } from '@/lib/content';
import { site } from '@/lib/site';
import { indexedArticleOf } from './article-view';

export function searchDocumentOf(article: Article): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang={site.locale}>
      <body>
        <IndexedArticle {...indexedArticleOf(article)} />
      </body>
    </html>,
  )}`;
}
