/**
 * The public API for content: the few named functions pages call. Files are read and parsed
 * once per process, however many pages ask; a wrong file fails the caller with every problem.
 */
import { resolve } from 'node:path';
import type { ColumnId } from '../columns';
import { contentRoot } from '../site';
import type { Article, Slug } from './article';
import { ContentValidationError } from './errors';
import { loadArticles } from './load';

export type { Article, Figure, IsoDate, Series, Slug } from './article';
export type { SectionHeading } from './markdown';
export { ContentValidationError, formatContentError, type ContentError } from './errors';

interface Archive {
  readonly articles: readonly Article[];
  readonly bySlug: ReadonlyMap<string, Article>;
  /** Keyed by column id; '' holds the articles printed without a column. */
  readonly byColumn: ReadonlyMap<string, readonly Article[]>;
}

const archives = new Map<string, Archive>();

function archive(root: string = contentRoot()): Archive {
  const key = resolve(root);
  let loaded = archives.get(key);
  if (!loaded) {
    const { articles, errors } = loadArticles(root);
    if (errors.length > 0) throw new ContentValidationError(errors);
    const byColumn = new Map<string, Article[]>();
    for (const article of articles) {
      const list = byColumn.get(article.column ?? '') ?? [];
      list.push(article);
      byColumn.set(article.column ?? '', list);
    }
    loaded = { articles, bySlug: new Map(articles.map((article) => [article.slug, article])), byColumn };
    archives.set(key, loaded);
  }
  return loaded;
}

/** Every article, newest issue first, in page order within an issue. */
export function getArticles(): readonly Article[] {
  return archive().articles;
}

export function getArticle(slug: string): Article | undefined {
  return archive().bySlug.get(slug);
}

/** Articles of one column, or those printed without a column when `column` is undefined. */
export function getArticlesInColumn(column: ColumnId | undefined): readonly Article[] {
  return archive().byColumn.get(column ?? '') ?? [];
}

export function getRelatedArticles(article: Article): Article[] {
  return article.related.map((slug: Slug) => archive().bySlug.get(slug)).filter((found) => found !== undefined);
}
