/**
 * Term vectors of every article and an inverted index over them, built once per archive. Finding
 * the stories whose words are close to one story's walks the postings of its strongest terms
 * only, so the cost per article stays flat as the archive grows (no pairwise comparison).
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../records/article';
import { textOfHtml } from '../../records/html-text';
import { topicWords } from './terms';

/** How much of a body is read for its topic: the opening carries it, and the cost stays bounded. */
const bodyCharacters = 800;
/** Terms kept per article: its strongest, by tf-idf. */
const termsPerArticle = 24;
/** Articles kept per term, strongest first; beyond that a term is too common to tell stories apart. */
const postingsPerTerm = 200;

/** Unit-length tf-idf weights of an article's strongest terms. */
export type TermVector = ReadonlyMap<string, number>;

export interface TextIndex {
  readonly vectors: ReadonlyMap<Article, TermVector>;
  readonly postings: ReadonlyMap<string, readonly { readonly article: Article; readonly weight: number }[]>;
}

/**
 * Each article's words and their counts, by the text they were counted in: segmenting is most of
 * the index's cost, and an unchanged text has the same words, so a build keeps them for the next
 * (lib/build/cli/index-content.ts). Only texts still in the archive are kept.
 */
export type TermCountCache = Map<string, readonly (readonly [string, number])[]>;

export function buildTextIndex(articles: readonly Article[], cache: TermCountCache = new Map()): TextIndex {
  const counts = new Map<Article, Map<string, number>>();
  const documentFrequency = new Map<string, number>();
  const seen = new Set<string>();
  for (const article of articles) {
    const text = `${article.title} ${article.title} ${article.kicker ?? ''} ${article.tags.join(' ')} ${textOfHtml(article.html).slice(0, bodyCharacters)}`;
    const key = createHash('sha1').update(text).digest('base64');
    seen.add(key);
    let known = cache.get(key);
    if (!known) {
      const termCounts = new Map<string, number>();
      for (const word of topicWords(text)) termCounts.set(word, (termCounts.get(word) ?? 0) + 1);
      known = [...termCounts];
      cache.set(key, known);
    }
    const termCounts = new Map(known);
    counts.set(article, termCounts);
    for (const term of termCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }

  const vectors = new Map<Article, TermVector>();
  const postings = new Map<string, { article: Article; weight: number }[]>();
  for (const [article, termCounts] of counts) {
    const weighted = [...termCounts].map(([term, count]) => {
      const idf = Math.log((1 + articles.length) / (1 + documentFrequency.get(term)!));
      return [term, (1 + Math.log(count)) * idf] as const;
    });
    const strongest = weighted.filter(([, weight]) => weight > 0).sort((a, b) => b[1] - a[1]).slice(0, termsPerArticle);
    const norm = Math.hypot(...strongest.map(([, weight]) => weight)) || 1;
    const vector = new Map(strongest.map(([term, weight]) => [term, weight / norm]));
    vectors.set(article, vector);
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      list.push({ article, weight });
      postings.set(term, list);
    }
  }
  for (const [term, list] of postings) postings.set(term, list.sort((a, b) => b.weight - a.weight).slice(0, postingsPerTerm));
  for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
  return { vectors, postings };
}
