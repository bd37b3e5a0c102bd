/**
 * How related two stories are, and why. Weights say what readers value most: the same running
 * series, then the same place (nearer in the region tree counts more), shared topics, the words
 * themselves, and last the same column.
 */
import type { Article } from '../../records/article';
import { getRegion, type Region } from '../../records/regions';
import type { RelatedReason } from './reasons';
import { similarity, type TermVector } from './text-index';

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

export function scorePair(a: Article, b: Article, vectorA: TermVector, vectorB: TermVector): Scored {
  const parts: { weight: number; reason?: RelatedReason }[] = [];
  if (a.series && a.series.name === b.series?.name) parts.push({ weight: weights.series, reason: { kind: 'series', series: a.series.name } });
  const place = nearestSharedRegion(a.regions, b.regions);
  if (place) parts.push({ weight: weights.region[place.level], reason: { kind: 'region', region: place } });
  const tagsOfB = new Set(b.tags);
  for (const tag of a.tags.filter((t) => tagsOfB.has(t))) parts.push({ weight: weights.tag, reason: { kind: 'topic', topic: tag } });
  const text = similarity(vectorA, vectorB);
  const namesTopic = text.topTerm !== undefined && text.score >= textReasonThreshold && !tagsOfB.has(text.topTerm);
  parts.push({ weight: weights.text * text.score, ...(namesTopic && { reason: { kind: 'topic', topic: text.topTerm! } }) });
  if (a.column && a.column.slug === b.column?.slug) parts.push({ weight: weights.column, reason: { kind: 'column', column: a.column } });
  return {
    score: parts.reduce((sum, part) => sum + part.weight, 0),
    reasons: parts
      .filter((part) => part.reason)
      .sort((x, y) => y.weight - x.weight)
      .map((part) => part.reason!),
  };
}

/** The deepest region that places of both stories lie in (鲤城区 and 南安市 share 泉州市). */
export function nearestSharedRegion(a: readonly Region[], b: readonly Region[]): Region | undefined {
  const placesOfB = new Set(b.flatMap((region) => region.chain));
  let nearest: string | undefined;
  let depth = 0;
  for (const region of a) {
    region.chain.forEach((code, index) => {
      if (placesOfB.has(code) && index + 1 > depth) [nearest, depth] = [code, index + 1];
    });
  }
  return nearest ? getRegion(nearest) : undefined;
}
