/**
 * Which stories' related lists a change to the archive can move, so a build ranks only those
 * again and keeps the others' lists from the build before (rankRelatedStories in index.ts).
 *
 * A story's candidates are, from each list it draws from (sources.ts), the `count` printed
 * nearest it, and its curated stories. A story added to or removed from a list farther than
 * `count` places from it only shifts its window, which then holds the same stories. So a changed
 * story (added, removed, or with other ranking inputs) reaches exactly the stories within `count`
 * of it in a list it is in, before or after the change, and those that curate it; the rest rank
 * the same stories by the same inputs and keep their lists.
 */
import type { Article } from '../../records/article';
import { candidateSources } from './sources';
import type { TermVector } from './text-index';

/** An archive as its ranking read it: the stories in archive order and their term vectors, by slug. */
export interface RankedArchive {
  readonly articles: readonly Article[];
  readonly vectors: ReadonlyMap<string, TermVector>;
}

/**
 * The slugs of `after`'s stories whose related lists may differ from those ranked on `before`;
 * undefined when unchanged stories moved against each other in the archive order, which the
 * ranking's tie-breaks read (then every story is ranked again).
 */
export function storiesReached(before: RankedArchive, after: RankedArchive): Set<string> | undefined {
  const bySlugBefore = new Map(before.articles.map((article) => [article.slug as string, article]));
  const changed = new Set<string>();
  const unchangedAfter: string[] = [];
  for (const article of after.articles) {
    const earlier = bySlugBefore.get(article.slug);
    if (earlier && sameInputs(earlier, article) && sameVector(before.vectors.get(article.slug), after.vectors.get(article.slug))) unchangedAfter.push(article.slug);
    else changed.add(article.slug);
  }
  const stillThere = new Set(after.articles.map((article) => article.slug as string));
  for (const slug of bySlugBefore.keys()) if (!stillThere.has(slug)) changed.add(slug);
  const unchangedBefore = before.articles.map((article) => article.slug as string).filter((slug) => !changed.has(slug));
  if (unchangedBefore.length !== unchangedAfter.length || unchangedBefore.some((slug, at) => slug !== unchangedAfter[at])) return undefined;

  const reached = new Set([...changed].filter((slug) => stillThere.has(slug)));
  for (const side of [before, after]) {
    for (const slug of storiesAround(side, changed)) if (stillThere.has(slug)) reached.add(slug);
  }
  return reached;
}

/** Whether two records of a story agree in everything its ranking or its reason lines read but its words. */
function sameInputs(a: Article, b: Article): boolean {
  // A record reused from the previous build is the same object.
  if (a === b) return true;
  const inputs = ({ date, page, position, series, regions, tags, column, related }: Article) =>
    JSON.stringify([date, page, position, series?.name, regions.map((region) => region.chain), tags, column?.slug, column?.name, related]);
  return inputs(a) === inputs(b);
}

function sameVector(a: TermVector | undefined, b: TermVector | undefined): boolean {
  // A vector kept from the previous build is the same object (text-index.ts).
  if (a !== undefined && a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  const others = b.entries();
  for (const [term, weight] of a) {
    const [otherTerm, otherWeight] = others.next().value!;
    if (term !== otherTerm || weight !== otherWeight) return false;
  }
  return true;
}

/** The stories within `count` of a changed story in a list of `side`, and those curating one. */
function storiesAround(side: RankedArchive, changed: ReadonlySet<string>): Set<string> {
  const key = (kind: string, name: string) => `${kind}\u0000${name}`;
  // Each story's lists, named once: at 100,000 stories naming them twice was 0.6 s of a publish.
  const sources = side.articles.map((article) => candidateSources(article, side.vectors.get(article.slug)?.keys() ?? []));
  // Only the lists a changed story is in are gathered.
  const lists = new Map<string, string[]>();
  side.articles.forEach((article, index) => {
    if (changed.has(article.slug)) for (const { kind, name } of sources[index]!) lists.set(key(kind, name), []);
  });
  const hits: { list: string[]; at: number; count: number }[] = [];
  for (const [index, article] of side.articles.entries()) {
    for (const { kind, name, count } of sources[index]!) {
      const list = lists.get(key(kind, name));
      if (!list) continue;
      if (changed.has(article.slug)) hits.push({ list, at: list.length, count });
      list.push(article.slug);
    }
  }
  const around = new Set<string>();
  for (const { list, at, count } of hits) {
    for (let index = Math.max(0, at - count); index <= Math.min(list.length - 1, at + count); index += 1) around.add(list[index]!);
  }
  for (const article of side.articles) if (article.related.some((slug) => changed.has(slug))) around.add(article.slug);
  return around;
}
