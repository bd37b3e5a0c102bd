/**
 * The lists a story's related candidates are drawn from, and how many of each are taken: named
 * once, so the ranking (index.ts) and what a change can reach (reach.ts) read the same lists.
 */
import type { Article } from '../../records/article';

export type SourceKind = 'series' | 'place' | 'tag' | 'term' | 'column';

export interface CandidateSource {
  readonly kind: SourceKind;
  /** The series name, region code, tag, term or column slug the list is of. */
  readonly name: string;
  /** Stories taken from the list: the `count` printed nearest the story. */
  readonly count: number;
}

/** Stories taken per list when gathering candidates. */
const candidatesPerSource = 24;
/** A term's postings are many and each says little, so only the nearest few are taken from each. */
const candidatesPerTerm = candidatesPerSource / 8;
const candidatesPerColumn = 11;

/** A story is in each list it draws from: those of its series, places, tags, vector's terms and column. */
export function candidateSources(article: Article, vectorTerms: Iterable<string>): CandidateSource[] {
  const sources: CandidateSource[] = [];
  if (article.series) sources.push({ kind: 'series', name: article.series.name, count: candidatesPerSource });
  // Nearest places first: the county's stories, then the city's, then the province's.
  const places = [...new Set(article.regions.flatMap((region) => region.chain))].sort((a, b) => b.length - a.length);
  for (const code of places) sources.push({ kind: 'place', name: code, count: candidatesPerSource });
  for (const tag of article.tags) sources.push({ kind: 'tag', name: tag, count: candidatesPerSource });
  for (const term of vectorTerms) sources.push({ kind: 'term', name: term, count: candidatesPerTerm });
  if (article.column) sources.push({ kind: 'column', name: article.column.slug, count: candidatesPerColumn });
  return sources;
}
