/**
 * Related stories for every article: the curated `related` list first, then the best matches by
 * series, place, topic, words and column, each with the reason it is there.
 *
 * Candidates come from indexes (series members, stories about the same places, shared tags, the
 * postings of the article's strongest terms, its column), from each the few printed nearest it,
 * so the work per article is bounded and the whole archive costs O(N), not O(N²) comparisons.
 */
import type { Article } from '../../records/article';
import type { RelatedLink } from './links';
import { archiveMaps, type ArchiveMaps } from '../archive-maps';
import { regionCoverage } from '../coverage';
import { describeReason, type RelatedReason } from './reasons';
import { featuresOf, PairScorer, TermNumbers, type StoryFeatures } from './score';
import { candidateSources, type CandidateSource } from './sources';
import { storiesReached, type RankedArchive } from './reach';
import { buildTextIndex, type PreviousText, type TermCountCache, type TermVector, type TextIndex } from './text-index';

export type { TermCountCache } from './text-index';

export { describeReason, type RelatedReason } from './reasons';

export interface RelatedStory {
  readonly article: Article;
  /** Strongest first; a curated story starts with 'curated'. */
  readonly reasons: readonly RelatedReason[];
}

const defaultLimit = 5;

interface RelatedIndex extends ArchiveMaps {
  readonly text: TextIndex;
  readonly articles: readonly Article[];
  /** What scoring reads of a story, made when first scored: a publish scores the stories a change reaches and their candidates, not the archive. */
  readonly features: (article: Article) => StoryFeatures;
  readonly scorer: PairScorer;
}

const cache = new WeakMap<readonly Article[], RelatedIndex>();

export function relatedStories(articles: readonly Article[], article: Article, limit = defaultLimit): RelatedStory[] {
  const index = relatedIndex(articles);
  const { features } = index;
  const own = features(article);
  const withReasons = (other: Article) => index.scorer.scoredWithReasons(own, features(other)).reasons;

  const curated = article.related
    .map((slug) => index.bySlug.get(slug))
    .filter((other): other is Article => other !== undefined && other !== article)
    .map((other) => ({ article: other, reasons: [{ kind: 'curated' } as const, ...withReasons(other)] }));
  const taken = new Set<Article>([article, ...curated.map((story) => story.article)]);

  // Scored by number alone; only the stories shown are scored again for their reasons.
  const ranked = [...candidates(index, article)]
    .filter((other) => !taken.has(other))
    .map((other) => ({ article: other, score: index.scorer.score(own, features(other)) }))
    .filter((story) => story.score >= 0)
    .sort((x, y) => y.score - x.score || archiveOrder(index, x.article) - archiveOrder(index, y.article))
    .slice(0, Math.max(0, limit - curated.length));
  return [...curated, ...ranked.map(({ article: other }) => ({ article: other, reasons: withReasons(other) }))].slice(0, limit);
}

/** The reasons of a related story, as one short line: 编辑推荐 · 同属福建省泉州市. */
export function relatedReasonLine(story: RelatedStory): string {
  return story.reasons.slice(0, 2).map(describeReason).join(' · ');
}

/** An article's related stories as its page shows them (slug and reason line). */
export function relatedLinks(articles: readonly Article[], article: Article): RelatedLink[] {
  return relatedStories(articles, article).map((story) => ({ slug: story.article.slug, reason: relatedReasonLine(story) }));
}

/** What a ranking keeps for the next: the lists it made and the inputs they were made from. */
export interface PreviousRanking extends RankedArchive, PreviousText {
  readonly related: ReadonlyMap<string, readonly RelatedLink[]>;
}

/**
 * Every article's related stories, keyed by slug: the one place they are ranked, by the build
 * (into the content snapshot, lib/build/cli/index-content.ts) or, without a snapshot, by the API.
 * Given the previous ranking, only the stories a change can reach (reach.ts) are ranked again; the
 * others keep their lists, which are the lists ranking them again would make.
 */
export function rankRelatedStories(articles: readonly Article[], termCounts?: TermCountCache, previous?: PreviousRanking): Map<string, readonly RelatedLink[]> {
  // Built here first, with the words and vectors kept from the last build; relatedLinks() then finds it memoised.
  relatedIndex(articles, termCounts, previous);
  const reached = previous && storiesReached(previous, { articles, vectors: termVectorsBySlug(articles) });
  const kept = (article: Article) => (reached && !reached.has(article.slug) ? previous!.related.get(article.slug) : undefined);
  return new Map(articles.map((article) => [article.slug as string, kept(article) ?? relatedLinks(articles, article)]));
}

/** Each article's term vector by slug, as the next ranking compares them (PreviousRanking). */
export function termVectorsBySlug(articles: readonly Article[]): Map<string, TermVector> {
  const { vectors } = relatedIndex(articles).text;
  return new Map(articles.map((article) => [article.slug as string, vectors.get(article) ?? new Map()]));
}

/** The key of each article's counted text by slug, as the next ranking finds its words (PreviousRanking). */
export function textKeysBySlug(articles: readonly Article[]): Map<string, string> {
  const { textKeys } = relatedIndex(articles).text;
  return new Map(articles.map((article) => [article.slug as string, textKeys.get(article)!]));
}

function candidates(index: RelatedIndex, article: Article): Set<Article> {
  const found = new Set<Article>();
  const coverage = regionCoverage(index.articles);
  const listOf = ({ kind, name }: CandidateSource): readonly Article[] | undefined => {
    switch (kind) {
      case 'series':
        return index.bySeries.get(name);
      case 'place':
        return coverage.articlesIn(name);
      case 'tag':
        return index.byTag.get(name);
      case 'term':
        return index.text.postings.get(name);
      case 'column':
        return index.byColumn.get(name);
    }
  };
  for (const source of candidateSources(article, index.text.vectors.get(article)?.keys() ?? [])) {
    const list = listOf(source);
    if (list) for (const other of printedAround(index, list, article, source.count)) found.add(other);
  }
  return found;
}

/**
 * The `count` stories of a list (in archive order) printed nearest the article, itself among
 * them if listed: the stories of its time, which readers follow, and not the newest of the whole
 * archive. It also keeps a new day's reach bounded: a day added changes the candidates only of
 * the stories within `count` of the newest end of each list, so an incremental build ranks them
 * and rewrites their pages, not every story that shares a tag with the day's.
 */
function printedAround(index: RelatedIndex, list: readonly Article[], article: Article, count: number): readonly Article[] {
  if (list.length <= count) return list;
  const at = archiveOrder(index, article);
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (archiveOrder(index, list[middle]!) < at) low = middle + 1;
    else high = middle;
  }
  const start = Math.min(Math.max(0, low - (count >> 1)), list.length - count);
  return list.slice(start, start + count);
}

function archiveOrder(index: RelatedIndex, article: Article): number {
  return index.position.get(article) ?? Number.MAX_SAFE_INTEGER;
}

function relatedIndex(articles: readonly Article[], termCounts?: TermCountCache, previous?: PreviousText): RelatedIndex {
  let index = cache.get(articles);
  if (!index) {
    const maps = archiveMaps(articles);
    const text = buildTextIndex(articles, termCounts, previous);
    const terms = new TermNumbers();
    const made = new Map<Article, StoryFeatures>();
    const features = (article: Article) => {
      let found = made.get(article);
      if (!found) made.set(article, (found = featuresOf(article, text.vectors.get(article) ?? new Map(), terms)));
      return found;
    };
    index = {
      ...maps,
      text,
      articles,
      features,
      scorer: new PairScorer(terms),
    };
    cache.set(articles, index);
  }
  return index;
}
