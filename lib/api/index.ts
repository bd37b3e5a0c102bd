/**
 * The public API for content: the few named functions pages call. In a build the archive comes
 * from the snapshot `npm run build` writes first (lib/api/snapshot.ts), so page workers and the
 * search indexer neither read the files nor parse Markdown nor rank related stories, and all of
 * them see the same text; elsewhere (next dev, tests) files are read and parsed once per process.
 * A wrong file fails the caller with every problem.
 */
import { resolve } from 'node:path';
import type { Column, ColumnRegistry } from '../records/columns';
import { relatedLinks } from '../indexes/related';
import { contentRoot } from '../site/settings';
import type { Article, Slug } from '../records/article';
import type { RelatedLink } from '../indexes/related/links';
import { readArchiveSnapshot, snapshotVariable } from './snapshot';
import { ContentValidationError } from '../records/errors';
import { loadArticles } from '../records/load';

export type { Article, Figure, IsoDate, Series, Slug } from '../records/article';
export type { SectionHeading } from '../records/markdown';
export { ContentValidationError, formatContentError, type ContentError } from '../records/errors';

interface Archive {
  readonly articles: readonly Article[];
  readonly columns: ColumnRegistry;
  /** Ranked when the snapshot was written; computed on demand otherwise. */
  readonly related: Map<string, readonly RelatedLink[]>;
  readonly bySlug: ReadonlyMap<string, Article>;
  /** Keyed by column slug; '' holds the articles printed without a column. */
  readonly byColumn: ReadonlyMap<string, readonly Article[]>;
}

const archives = new Map<string, Archive>();

function archive(root: string = contentRoot()): Archive {
  const key = resolve(root);
  let loaded = archives.get(key);
  if (!loaded) {
    const { articles, related, columns } = readArchive(root);
    const byColumn = new Map<string, Article[]>();
    for (const article of articles) {
      const list = byColumn.get(article.column?.slug ?? '') ?? [];
      list.push(article);
      byColumn.set(article.column?.slug ?? '', list);
    }
    loaded = { articles, columns, related: new Map(related), bySlug: new Map(articles.map((article) => [article.slug, article])), byColumn };
    archives.set(key, loaded);
  }
  return loaded;
}

function readArchive(root: string): { articles: readonly Article[]; columns: ColumnRegistry; related: ReadonlyMap<string, readonly RelatedLink[]> } {
  const snapshot = process.env[snapshotVariable];
  if (snapshot) return readArchiveSnapshot(snapshot);
  const { articles, columns, errors } = loadArticles(root);
  if (errors.length > 0) throw new ContentValidationError(errors);
  return { articles, columns, related: new Map() };
}

/** The archive's registered columns, in registry order (content/columns.yaml). */
export function getColumns(): readonly Column[] {
  return archive().columns.columns;
}

export function findColumnBySlug(slug: string): Column | undefined {
  return archive().columns.bySlug(slug);
}

/** Every article, newest issue first, in page order within an issue. */
export function getArticles(): readonly Article[] {
  return archive().articles;
}

export function getArticle(slug: string): Article | undefined {
  return archive().bySlug.get(slug);
}

/** Articles of one column, or those printed without a column when `column` is undefined. */
export function getArticlesInColumn(column: Column | undefined): readonly Article[] {
  return archive().byColumn.get(column?.slug ?? '') ?? [];
}

/** The related stories shown under an article, each with the reason it is there. */
export function getRelatedLinks(article: Article): readonly { article: Article; reason: string }[] {
  const loaded = archive();
  let links = loaded.related.get(article.slug);
  if (!links) {
    links = relatedLinks(loaded.articles, article);
    loaded.related.set(article.slug, links);
  }
  return links.map((link) => ({ article: loaded.bySlug.get(link.slug)!, reason: link.reason }));
}

export function getRelatedArticles(article: Article): Article[] {
  return article.related.map((slug: Slug) => archive().bySlug.get(slug)).filter((found) => found !== undefined);
}
