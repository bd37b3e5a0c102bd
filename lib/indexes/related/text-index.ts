/**
 * Term vectors of every article and an inverted index over them, built once per archive. Finding
 * the stories whose words are close to one story's reads, in the postings of its strongest terms,
 * the few printed nearest it, so the cost per article stays flat as the archive grows (no
 * pairwise comparison).
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../records/article';
import { textOfHtml } from '../../records/html-text';
import { topicWords } from './terms';
import { SpanFrequencies, spanHoldsChange, weighingWindows } from './weighing-window';

/** How much of a body is read for its topic: the opening carries it, and the cost stays bounded. */
const bodyCharacters = 800;
/** Terms kept per article: its strongest, by tf-idf. */
const termsPerArticle = 24;

/** Unit-length tf-idf weights of an article's strongest terms. */
export type TermVector = ReadonlyMap<string, number>;

export interface TextIndex {
  readonly vectors: ReadonlyMap<Article, TermVector>;
  /** The key of the text each article's words were counted in (its TermCountCache entry). */
  readonly textKeys: ReadonlyMap<Article, string>;
  /** The articles whose vectors hold each term, in archive order (newest first). */
  readonly postings: ReadonlyMap<string, readonly Article[]>;
}

/** A text's words, each once, with how often it has them. */
export type TermCounts = readonly (readonly [string, number])[];

/**
 * Each article's words and their counts, by the text they were counted in: segmenting is most of
 * the index's cost, and an unchanged text has the same words, so a build keeps them for the next
 * (lib/build/cli/index-content.ts). Only texts still in the archive are kept. A text's counts may
 * be held encoded (encodeTermCounts, as UTF-8 bytes), as the build's memory reads them: they are
 * decoded only when a vector is made from them or their day's window (weighing-window.ts): a new
 * day reads its own stories' and those of the thousand before it.
 */
export type TermCountCache = Map<string, TermCounts | Uint8Array>;

const utf8 = new TextDecoder();

/** `word\tcount\tword\tcount…`: words have no tab (terms.ts), and counts print and read back exactly. */
export const encodeTermCounts = (counts: TermCounts): string => counts.map(([word, count]) => `${word}\t${count}`).join('\t');

export function decodeTermCounts(line: string): TermCounts {
  const fields = line.split('\t');
  const counts: [string, number][] = [];
  for (let at = 0; at + 1 < fields.length; at += 2) counts.push([fields[at]!, Number(fields[at + 1])]);
  return counts;
}

/**
 * What the previous build's text index made of each story, by slug, and the records it was made
 * from: a record the build reused (lib/api/snapshot.ts) is the very same object, so its text, its
 * words and, while no day of its weighing window changed, its vector are as they were.
 */
export interface PreviousText {
  readonly articles: readonly Article[];
  readonly textKeys: ReadonlyMap<string, string>;
  readonly vectors: ReadonlyMap<string, TermVector>;
}

export function buildTextIndex(articles: readonly Article[], cache: TermCountCache = new Map(), previous?: PreviousText): TextIndex {
  const textKeys = new Map<Article, string>();
  const unchanged = unchangedRecords(articles, previous);
  for (const article of articles) {
    // A reused record's text is not made again: that reads the whole body of every story.
    const kept = unchanged.has(article) ? previous!.textKeys.get(article.slug) : undefined;
    if (kept !== undefined && cache.has(kept)) {
      textKeys.set(article, kept);
      continue;
    }
    const text = textOf(article);
    const key = createHash('sha1').update(text).digest('base64');
    textKeys.set(article, key);
    if (!cache.has(key)) {
      const termCounts = new Map<string, number>();
      for (const word of topicWords(text)) termCounts.set(word, (termCounts.get(word) ?? 0) + 1);
      cache.set(key, [...termCounts]);
    }
  }
  const countsOf = (article: Article): TermCounts => {
    const key = textKeys.get(article)!;
    const held = cache.get(key)!;
    if (!(held instanceof Uint8Array)) return held;
    const counts = decodeTermCounts(utf8.decode(held));
    cache.set(key, counts);
    return counts;
  };

  // A word weighs what it told apart when the story ran: its document frequency among the
  // stories printed in the days up to it (weighing-window.ts), not in today's archive. A story's
  // vector so never changes when later days are added, and a new day moves only the related lists
  // that can now name its stories, not, through every weight, the near ties of the whole archive.
  // A day whose window holds no change keeps the previous build's vectors, and its stories' words
  // are not read.
  const vectors = new Map<Article, TermVector>();
  const days = daysOldestFirst(articles);
  const changed = previous && changedDates(days, unchanged, previous);
  const window = new SpanFrequencies(days, countsOf);
  weighingWindows(days.map((day) => day.length)).forEach((span, index) => {
    const day = days[index]!;
    if (changed && !spanHoldsChange(days, span, changed)) {
      for (const article of day) vectors.set(article, previous!.vectors.get(article.slug)!);
      return;
    }
    window.moveTo(span);
    for (const article of day) vectors.set(article, termVector(countsOf(article), window.documentFrequency, window.stories));
  });
  const postings = new Map<string, Article[]>();
  for (const article of articles) {
    for (const term of vectors.get(article)!.keys()) {
      const list = postings.get(term) ?? [];
      list.push(article);
      postings.set(term, list);
    }
  }
  const seen = new Set(textKeys.values());
  for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key);
  return { vectors, textKeys, postings };
}

/** The text a story's topic words are read from: its title twice, kicker, tags and opening. */
const textOf = (article: Article) => `${article.title} ${article.title} ${article.kicker ?? ''} ${article.tags.join(' ')} ${textOfHtml(article.html).slice(0, bodyCharacters)}`;

/** The articles whose records are the previous build's own, for the same slug. */
function unchangedRecords(articles: readonly Article[], previous: PreviousText | undefined): Set<Article> {
  if (!previous) return new Set();
  const before = new Map(previous.articles.map((article) => [article.slug as string, article]));
  return new Set(articles.filter((article) => before.get(article.slug) === article));
}

/** The dates, sorted, of every story added, removed or changed since the previous build (or lacking its vector). */
function changedDates(days: readonly (readonly Article[])[], unchanged: ReadonlySet<Article>, previous: PreviousText): string[] {
  const now = new Set(days.flat().map((article) => article.slug as string));
  // By date, not by day: a day whose every story was removed is in no day of now.
  const dates = new Set(previous.articles.filter((article) => !now.has(article.slug)).map((article) => article.date as string));
  for (const day of days) for (const article of day) if (!unchanged.has(article) || !previous.vectors.has(article.slug)) dates.add(article.date);
  return [...dates].sort();
}

/** Unit-length tf-idf weights of a story's strongest terms, against the stories of its window. */
function termVector(termCounts: TermCounts, documentFrequency: ReadonlyMap<string, number>, stories: number): TermVector {
  const weighted = termCounts.map(([term, count]) => {
    const idf = Math.log((1 + stories) / (1 + documentFrequency.get(term)!));
    return [term, (1 + Math.log(count)) * idf] as const;
  });
  const strongest = weighted.filter(([, weight]) => weight > 0).sort((a, b) => b[1] - a[1]).slice(0, termsPerArticle);
  const norm = Math.hypot(...strongest.map(([, weight]) => weight)) || 1;
  return new Map(strongest.map(([term, weight]) => [term, weight / norm]));
}

/** The archive (newest first) as its days, oldest first; a day's stories keep their order. */
function daysOldestFirst(articles: readonly Article[]): Article[][] {
  const days = new Map<string, Article[]>();
  for (const article of articles) {
    const day = days.get(article.date) ?? [];
    day.push(article);
    days.set(article.date, day);
  }
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, day]) => day);
}
