/**
 * The one way pages reach the archive: the records and everything derived from them, by named
 * functions (routes import this and the records' types, never lib/indexes/; the lint enforces it).
 */
export type { Article, Figure, IsoDate, Series, Slug } from '../records/article';
export type { SectionHeading } from '../records/markdown';
export { ContentValidationError, formatContentError, type ContentError } from '../records/errors';
export { findColumnBySlug, getArticle, getArticles, getArticlesInColumn, getColumns, getRelatedArticles, getRelatedLinks, getSourceHashes } from './archive';
export * from './derived';
