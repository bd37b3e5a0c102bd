/** The words of a search that led to an article, marked in it (components/ReadableArticle.tsx, lib/browser/search-highlight.ts). */
import { dataMark } from './attribute';

/** A part of the article page never marked: the reading tools, related stories. */
export const highlightIgnore = dataMark('data-highlight-ignore');
