/**
 * How related two stories are, and why. Weights say what readers value most: the same running
 * series, then the same place (nearer in the region tree counts more), shared topics, the words
 * themselves, and last the same column.
 *
 * Every article's features are read once (StoryFeatures), and a pair is scored without building
 * anything: ranking an archive scores about a hundred candidates per story, and only the few
 * shown need their reasons (`scoredWithReasons`). Both go through `evaluate`, so the score that
 * ranks a story is the one its reasons come with.
 */
import type { Article } from '../../records/article';
import { getRegion } from '../../records/regions';
import type { RelatedReason } from './reasons';
import type { TermVector } from './text-index';

const weights = {
  series: 6,
  region: { county: 4, city: 3, province: 1.5 },
  tag: 2,
  /** Multiplies the cosine similarity of the term vectors (0 … 1). */
  text: 4,
  column: 1,
} as const;
/** Below this similarity, shared words still count but are too weak to name as the reason. */
const textReasonThreshold = 0.15;

export interface Scored {
  readonly score: number;
  /** Strongest first. */
  readonly reasons: readonly RelatedReason[];
}

/** What scoring reads of an article, read once. */
export interface StoryFeatures {
  readonly article: Article;
  /** Every place in the chains of its regions, deepest first (in the order read within a depth). */
  readonly places: readonly { readonly code: string; readonly weight: number }[];
  readonly chain: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  /** Its term vector as term numbers and weights, strongest first. */
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/** Numbers the terms of every vector, so a pair's similarity is read from an array. */
export class TermNumbers {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];

  numberOf(term: string): number {
    let number = this.numbers.get(term);
    if (number === undefined) {
      number = this.names.length;
      this.numbers.set(term, number);
      this.names.push(term);
    }
    return number;
  }
}

export function featuresOf(article: Article, vector: TermVector, terms: TermNumbers): StoryFeatures {
  const places: { code: string; weight: number; depth: number }[] = [];
  for (const region of article.regions) {
    region.chain.forEach((code, index) => {
      const level = getRegion(code)?.level;
      if (level) places.push({ code, weight: weights.region[level], depth: index + 1 });
    });
  }
  places.sort((a, b) => b.depth - a.depth);
  return {
    article,
    places,
    chain: new Set(article.regions.flatMap((region) => region.chain)),
    tags: new Set(article.tags),
    terms: Int32Array.from([...vector.keys()].map((term) => terms.numberOf(term))),
    weights: Float64Array.from(vector.values()),
  };
}

/** Scores pairs; holds one scratch array over the term numbers, so it scores one pair at a time. */
export class PairScorer {
  private scratch = new Float64Array(0);

  constructor(private readonly terms: TermNumbers) {}

  /** The pair's score, or -1 when nothing names a reason (such a story is not shown). */
  score(a: StoryFeatures, b: StoryFeatures): number {
    return this.evaluate(a, b, undefined);
  }

  scoredWithReasons(a: StoryFeatures, b: StoryFeatures): Scored {
    const parts: { weight: number; reason: RelatedReason }[] = [];
    const score = this.evaluate(a, b, parts);
    return { score, reasons: parts.sort((x, y) => y.weight - x.weight).map((part) => part.reason) };
  }

  /** Sums the parts in one fixed order (the same sum every time); collects their reasons when asked. */
  private evaluate(a: StoryFeatures, b: StoryFeatures, parts: { weight: number; reason: RelatedReason }[] | undefined): number {
    let score = 0;
    let named = false;
    const series = a.article.series;
    if (series && series.name === b.article.series?.name) {
      score += weights.series;
      named = true;
      parts?.push({ weight: weights.series, reason: { kind: 'series', series: series.name } });
    }
    const place = a.places.find((candidate) => b.chain.has(candidate.code));
    if (place) {
      score += place.weight;
      named = true;
      parts?.push({ weight: place.weight, reason: { kind: 'region', region: getRegion(place.code)! } });
    }
    for (const tag of a.article.tags) {
      if (!b.tags.has(tag)) continue;
      score += weights.tag;
      named = true;
      parts?.push({ weight: weights.tag, reason: { kind: 'topic', topic: tag } });
    }
    const { similarity, topTerm } = this.similarity(a, b);
    const namesTopic = topTerm !== undefined && similarity >= textReasonThreshold && !b.tags.has(topTerm);
    score += weights.text * similarity;
    if (namesTopic) {
      named = true;
      parts?.push({ weight: weights.text * similarity, reason: { kind: 'topic', topic: topTerm } });
    }
    const column = a.article.column;
    if (column && column.slug === b.article.column?.slug) {
      score += weights.column;
      named = true;
      parts?.push({ weight: weights.column, reason: { kind: 'column', column } });
    }
    return named ? score : -1;
  }

  /** Cosine similarity of two unit vectors (summed in a's order), and the shared term that contributes most. */
  private similarity(a: StoryFeatures, b: StoryFeatures): { similarity: number; topTerm?: string } {
    // Stories' features are made as they are first scored, numbering their terms: the array grows with them.
    if (this.scratch.length < this.terms.names.length) this.scratch = new Float64Array(this.terms.names.length * 2);
    const scratch = this.scratch;
    // Weights are positive, so 0 marks a term b lacks.
    for (let i = 0; i < b.terms.length; i += 1) scratch[b.terms[i]!] = b.weights[i]!;
    let similarity = 0;
    let top = -1;
    let topContribution = 0;
    for (let i = 0; i < a.terms.length; i += 1) {
      const other = scratch[a.terms[i]!]!;
      if (other === 0) continue;
      const contribution = a.weights[i]! * other;
      similarity += contribution;
      if (contribution > topContribution) [topContribution, top] = [contribution, a.terms[i]!];
    }
    for (let i = 0; i < b.terms.length; i += 1) scratch[b.terms[i]!] = 0;
    return top >= 0 ? { similarity, topTerm: this.terms.names[top]! } : { similarity };
  }
}
