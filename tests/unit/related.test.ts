import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/records/article';
import { loadArticles } from '@/lib/records/load';
import { rankRelatedStories, relatedReasonLine, relatedStories, termVectorsBySlug, textKeysBySlug, type TermCountCache } from '@/lib/indexes/related';
import { encodeTermCounts } from '@/lib/indexes/related/text-index';
import { storiesReached } from '@/lib/indexes/related/reach';
import { weighedAmong } from '@/lib/indexes/related/weighing-window';
import { topicWords } from '@/lib/indexes/related/terms';
import { loadGeneratedArchive } from '../support/generated-archive';

const { articles } = loadArticles('tests/fixtures/content/related');
const article = (slug: string) => articles.find((a) => a.slug === slug)!;
const ranking = (slug: string, limit = 10) =>
  relatedStories(articles, article(slug), limit).map((story) => [story.article.slug, relatedReasonLine(story)]);

describe('relatedStories', () => {
  it('puts curated stories first, then ranks by series, place nearness, shared topics and words', () => {
    expect(ranking('a-series-one')).toEqual([
      ['g-unrelated', '编辑推荐'],
      ['b-series-two', '同一系列 · 同为“深度关注”'],
      ['c-same-city', '同属福建省泉州市'],
      ['e-same-tag', '话题相近：干部考核'],
      ['d-same-province', '同属福建省'],
      ['f-similar-text', '话题相近：木兰溪'],
    ]);
  });

  it('counts a nearer shared place for more: the same city outranks the same province', () => {
    expect(ranking('c-same-city')).toEqual([
      ['a-series-one', '同属福建省泉州市'],
      ['d-same-province', '同属福建省'],
    ]);
  });

  it('leaves out stories that share nothing a reader would recognise', () => {
    const slugs = ranking('b-series-two').map(([slug]) => slug);
    expect(slugs).toEqual(['a-series-one']);
  });

  it('never lists the story itself, and stops at the limit', () => {
    expect(ranking('a-series-one', 3).map(([slug]) => slug)).toEqual(['g-unrelated', 'b-series-two', 'c-same-city']);
    for (const a of articles) expect(ranking(a.slug).map(([slug]) => slug)).not.toContain(a.slug);
  });
});

describe('topicWords', () => {
  it('keeps names and place names that the word segmenter cuts into characters', () => {
    const words = topicWords('党建联盟助力企业发展，游德祥是贵州省遵义市一名货车司机，隆尧县木兰溪。');
    expect(words).toEqual(['党建联盟', '助力', '企业', '发展', '游德祥', '贵州省', '遵义市', '货车', '司机', '隆尧县', '木兰溪']);
  });
});

describe('rankRelatedStories as the archive grows', () => {
  // A generated archive of a few hundred days, then its next day added: the related stories of
  // the older stories stay as they were unless they can now name one of the day's.
  const grown = loadGeneratedArchive(1208, 1).articles;
  const newDay = grown.filter((story) => story.date === grown[0]!.date);
  const before = grown.filter((story) => story.date !== grown[0]!.date);

  it('leaves the lists of stories printed weeks before a new day as they were, but for those that now name its stories', () => {
    expect(newDay.length).toBeGreaterThan(0);
    const [then, now] = [rankRelatedStories(before), rankRelatedStories(grown)];
    const daysBefore = (story: Article) => (Date.parse(newDay[0]!.date) - Date.parse(story.date)) / 86_400_000;
    const moved = before.filter((story) => JSON.stringify(then.get(story.slug)) !== JSON.stringify(now.get(story.slug)));
    const namingTheDay = (story: Article) => now.get(story.slug)!.some((link) => newDay.some((added) => added.slug === link.slug));
    expect(moved.filter((story) => !namingTheDay(story) && daysBefore(story) > 31).map((story) => story.slug)).toEqual([]);
    // And the day reaches few: a related list is not everything that shares a tag with it.
    expect(moved.length).toBeLessThan(before.length * 0.05);
  });
});

/** Each text's words encoded as bytes, as the build's memory holds them until a vector needs them. */
const encodedCounts = (counts: TermCountCache): TermCountCache => new Map([...counts].map(([key, words]) => [key, words instanceof Uint8Array ? words : Buffer.from(encodeTermCounts(words))]));
const vectorsOf = (articles: readonly Article[]) => [...termVectorsBySlug(articles)].map(([slug, vector]) => [slug, [...vector]]);

describe('rankRelatedStories given the previous ranking', () => {
  // Ranking only the stories a change reaches must give every story the list a whole ranking gives.
  const grown = loadGeneratedArchive(1208, 2).articles;
  const before = grown.filter((story) => story.date !== grown[0]!.date);
  const previous = { articles: before, vectors: termVectorsBySlug(before), textKeys: textKeysBySlug(before), related: rankRelatedStories(before) };
  const oldest = before.at(-1)!;
  const middle = before[600]!;
  const changes: [string, readonly Article[]][] = [
    ['a new day added', grown],
    ['the oldest story retitled', before.map((story) => (story === oldest ? { ...story, title: '更正后的标题' } : story))],
    ['a story removed', before.filter((story) => story !== middle)],
    // The later days' weights count from a day that is no longer in the archive at all.
    ['every story of a day removed', before.filter((story) => story.date !== middle.date)],
    ['a story retagged and moved to another place', before.map((story) => (story === middle ? { ...story, tags: ['新话题', ...story.tags], regions: oldest.regions } : story))],
    ['a story curating another', before.map((story) => (story === middle ? { ...story, related: [oldest.slug] } : story))],
    ['a series renamed', before.map((story) => (story.series ? { ...story, series: { ...story.series, name: `${story.series.name}（续）` } } : story))],
  ];

  it.each(changes)('gives every story the list a whole ranking gives after %s', (_, after) => {
    const whole = rankRelatedStories([...after]);
    const kept = rankRelatedStories([...after], undefined, previous);
    expect([...kept]).toEqual([...whole]);
  });

  it('reads no unchanged story\'s text again, and keeps the vectors of the days before the first change', () => {
    let reads = 0;
    // Records whose body counts its readers: the words of an unchanged story come from the last build.
    const watched = before.map((story) => {
      const { html } = story;
      return Object.defineProperty({ ...story }, 'html', { get: () => (reads++, html), enumerable: true }) as Article;
    });
    const counts: TermCountCache = new Map();
    rankRelatedStories(watched, counts);
    const last = { articles: watched, vectors: termVectorsBySlug(watched), textKeys: textKeysBySlug(watched), related: rankRelatedStories(watched) };
    const now = [...grown.filter((story) => story.date === grown[0]!.date), ...watched];
    reads = 0;
    const kept = rankRelatedStories(now, counts, last);
    expect(reads).toBe(0);
    const vectors = termVectorsBySlug(now);
    expect(watched.filter((story) => vectors.get(story.slug) !== last.vectors.get(story.slug))).toEqual([]);
    expect([...kept]).toEqual([...rankRelatedStories([...now])]);
  });

  it("weighs a new day from the words of its window alone, never decoding an older story's, as a whole ranking weighs it", () => {
    const counts: TermCountCache = new Map();
    // A copy of the list: the index of `before` itself is memoised without these counts.
    rankRelatedStories([...before], counts);
    expect(counts.size).toBe(before.length);
    const held = encodedCounts(counts);
    const now = [...grown];
    const kept = rankRelatedStories(now, held, previous);
    const added = grown.length - before.length;
    const decoded = [...held.values()].filter((words) => !(words instanceof Uint8Array)).length;
    expect(decoded).toBeGreaterThanOrEqual(weighedAmong);
    expect(decoded).toBeLessThanOrEqual(weighedAmong + 2 * added);
    // Every weight and list as a whole ranking of fresh records makes them.
    const fresh = grown.map((story) => ({ ...story }));
    expect(vectorsOf(now)).toEqual(vectorsOf(fresh));
    expect([...kept]).toEqual([...rankRelatedStories(fresh)]);
  });

  it('ranks again only the stories a new day reaches, keeping the others as they were', () => {
    const reached = storiesReached(previous, { articles: grown, vectors: termVectorsBySlug(grown) });
    expect(reached).toBeDefined();
    expect(reached!.size).toBeLessThan(grown.length / 3);
    for (const story of grown.filter((added) => added.date === grown[0]!.date)) expect(reached).toContain(story.slug);
  });
});

describe('rankRelatedStories after an edit of an old story', () => {
  // A word's rarity is counted among the thousand or so stories up to a story's day, so an edit
  // reweighs the stories of the days after it within that window, not every later story with its words.
  const before = loadGeneratedArchive(3000, 5).articles;
  const counts: TermCountCache = new Map();
  // Ranked first, with the counts: the index of `before` is then memoised with them.
  const related = rankRelatedStories(before, counts);
  const previous = { articles: before, vectors: termVectorsBySlug(before), textKeys: textKeysBySlug(before), related };
  const oldest = before.at(-1)!;
  const after = before.map((story) => (story === oldest ? { ...story, title: `${oldest.title}与乡村振兴调研` } : story));

  it('reads and reweighs only the stories whose window holds it, and ranks as a whole ranking does', () => {
    const held = encodedCounts(counts);
    const kept = rankRelatedStories(after, held, previous);
    const vectors = termVectorsBySlug(after);
    const reweighed = after.filter((story) => vectors.get(story.slug) !== previous.vectors.get(story.slug));
    expect(reweighed.length).toBeGreaterThan(0);
    // The window is whole days: up to a day's stories past the thousand.
    const windowEnd = Math.min(...reweighed.map((story) => after.indexOf(story)));
    expect(after.length - windowEnd).toBeLessThanOrEqual(weighedAmong + 16);
    expect([...held.values()].filter((words) => !(words instanceof Uint8Array)).length).toBeLessThanOrEqual(weighedAmong + 16);
    // And ranked again: the reweighed stories and those near them in a list, not the archive.
    expect(storiesReached(previous, { articles: after, vectors })!.size).toBeLessThan(after.length / 10);
    const fresh = after.map((story) => ({ ...story }));
    expect(vectorsOf(after)).toEqual(vectorsOf(fresh));
    expect([...kept]).toEqual([...rankRelatedStories(fresh)]);
  });
});
