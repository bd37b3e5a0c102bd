import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/api';
import { loadArticles } from '@/lib/records/load';
import { printedRegionNames } from '@/lib/records/regions';
import { calendarSpan, periodsOf } from '@/lib/api/search/timeline';
import { searchDocumentOf, type SearchDocument } from '@/lib/indexes/search/document';
import { createSearchEngine } from '@/lib/api/search/engine';
import { foldText, queryWords } from '@/lib/indexes/search/fold';
import { writeSearchIndex } from '@/lib/indexes/search/index-writer';
import table from '../fixtures/search-runs.json';
import { loadGeneratedArchive } from '../support/generated-archive';

const { articles: seed } = loadArticles('content');
const generated = loadGeneratedArchive(300, 11).articles;

/** An engine over the index written for these articles, reading the files from memory. */
function engineFor(articles: readonly Article[]) {
  const documents = articles.map(searchDocumentOf);
  // The archive's columns, in registry order (every article's column is one of them).
  const columns = [...new Map(articles.flatMap((article) => (article.column ? [[article.column.slug, article.column] as const] : []))).values()].sort((a, b) => a.order - b.order);
  const { files } = writeSearchIndex(documents, columns.map((column) => column.slug));
  const engine = createSearchEngine(async (path) => files.get(path.slice(1)));
  return { engine, documents };
}

/** The truth, from the text itself: the articles whose head or body holds every word as printed. */
function articlesHolding(documents: readonly SearchDocument[], query: string): string[] {
  const words = queryWords(query).map((word) => word.join(''));
  const folded = documents.map((document) => [document.head, document.body].map((text) => foldText(text).chars.join('')));
  return documents.filter((_, i) => words.every((word) => folded[i]!.some((text) => text.includes(word)))).map((document) => document.file.url);
}

async function found(engine: ReturnType<typeof engineFor>['engine'], query: string, facets = {}) {
  const outcome = await engine.search(query, facets, 'relevance');
  const hits = await outcome.load(0, outcome.total);
  return { outcome, urls: hits.map((hit) => hit.url), hits };
}

describe.each([
  ['the seed page', seed],
  ['a generated archive of 300 articles', generated],
])('exact matching on %s', (_, articles) => {
  const { engine, documents } = engineFor(articles);

  it.each(table.runs)('finds exactly the articles that print %s, and counts them', async (run) => {
    const truth = articlesHolding(documents, run);
    const { outcome, urls } = await found(engine, run);
    expect(outcome.total).toBe(truth.length);
    expect(new Set(urls)).toEqual(new Set(truth));
  });

  it('finds every run of 2 to 9 characters cut anywhere from the text, and nothing more', async () => {
    let state = 5;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 60; trial += 1) {
      const document = documents[Math.floor(random() * documents.length)]!;
      const text = random() < 0.2 ? document.head : document.body;
      const chars = [...text];
      const start = Math.floor(random() * Math.max(1, chars.length - 9));
      const run = chars.slice(start, start + 2 + Math.floor(random() * 8)).join('');
      if (queryWords(run).length === 0) continue;
      const truth = articlesHolding(documents, run);
      const { outcome, urls } = await found(engine, run);
      expect({ run, total: outcome.total }).toEqual({ run, total: truth.length });
      expect(new Set(urls)).toEqual(new Set(truth));
    }
  });
});

describe('search results', () => {
  const { engine } = engineFor(seed);

  it('ranks a match in the title before matches in the body', async () => {
    const { hits } = await found(engine, '党建联盟');
    expect(hits[0]!.title.map((s) => s.text).join('')).toBe('党建联盟助力企业发展');
    expect(hits[0]!.title).toContainEqual({ text: '党建联盟', marked: true });
  });

  it('lists the newest first when asked, and by filters alone in archive order', async () => {
    const { engine: large } = engineFor(generated);
    const newest = await large.search('党员', {}, 'newest');
    const hits = await newest.load(0, 30);
    const dateOf = new Map(generated.map((article) => [`/articles/${article.slug}/`, article.date]));
    const dates = hits.map((hit) => dateOf.get(hit.url)!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBeGreaterThan(1);
    const filtered = await large.search('', { column: 'shendu-guanzhu' }, 'relevance');
    expect(filtered.total).toBe(generated.filter((article) => article.column?.name === '深度关注').length);
  });

  it('marks the words in a passage cut around the first match', async () => {
    const { hits } = await found(engine, '游德祥');
    const marked = hits[0]!.excerpt.filter((segment) => segment.marked).map((segment) => segment.text);
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set(['游德祥']));
  });

  it('counts each column within the region, and finds nothing in an unknown one', async () => {
    const { outcome } = await found(engine, '', { region: '35' });
    expect(outcome.total).toBe(1);
    expect(outcome.columnCounts).toEqual({ 'shendu-guanzhu': 1, 'jintai-chaosheng': 0, 'wo-shi-dangyuan': 0 });
    expect((await found(engine, '', { region: '999999' })).outcome.total).toBe(0);
  });

  it('treats punctuation and emoji as separators, markup as text, and a very long query as its first words', async () => {
    expect((await found(engine, '游德祥!,')).outcome.total).toBe(1);
    expect((await found(engine, '！？。，')).outcome.total).toBe(4);
    expect((await found(engine, '<script>alert(1)</script>')).outcome.total).toBe(0);
    expect((await found(engine, '😀游德祥😀')).outcome.total).toBe(1);
    expect((await found(engine, '党'.repeat(2000))).outcome.total).toBe(0);
  });
});

describe('the region line', () => {
  const { engine } = engineFor(generated);
  /** What a page prints of its story, region line aside: head, column label, byline, text and captions. */
  const printedText = (article: Article) =>
    [article.kicker, article.title, article.subtitle, article.column?.name, article.series?.name, article.byline, article.html.replace(/<[^>]+>/gu, ''), ...article.figures.map((figure) => `${figure.caption} ${figure.credit ?? ''}`)].join('\n');

  it('finds a story by a place its region line names, though its text may not', async () => {
    const counties = [...new Set(generated.flatMap((article) => article.regions.filter((region) => region.level === 'county').map((region) => region.name)))];
    let onlyByRegionLine = 0;
    for (const county of counties.slice(0, 12)) {
      const filedUnder = generated.filter((article) => printedRegionNames(article.regions).some((name) => name.includes(county)));
      const truth = generated.filter((article) => filedUnder.includes(article) || printedText(article).includes(county));
      onlyByRegionLine += filedUnder.filter((article) => !printedText(article).includes(county)).length;
      const { urls } = await found(engine, county);
      expect(new Set(urls), county).toEqual(new Set(truth.map((article) => `/articles/${article.slug}/`)));
    }
    expect(onlyByRegionLine).toBeGreaterThan(0);
  });
});

describe('fields and compared terms', () => {
  const { engine, documents } = engineFor(generated);
  const urlsOf = (predicate: (article: Article) => boolean) => new Set(generated.filter(predicate).map((article) => `/articles/${article.slug}/`));
  const folded = (text: string | undefined) => foldText(text ?? '').chars.join('');

  it('limits words to an author: every run of a name, and nothing else', async () => {
    const author = generated.find((article) => article.authors.length > 0)!.authors[0]!;
    for (const query of [`作者：${author}`, `author:${author.slice(1)}`]) {
      const name = query.replace(/^[^:：]+[:：]/u, '');
      const { urls, outcome } = await found(engine, query);
      expect(outcome.field).toBe('author');
      expect(new Set(urls), query).toEqual(urlsOf((article) => article.authors.some((other) => folded(other).includes(folded(name)))));
    }
    expect((await found(engine, '党员', { field: 'author' })).outcome.total).toBe(0);
  });

  it('limits words to the head: 引题, 标题, 副题', async () => {
    const { urls } = await found(engine, '标题：党员');
    expect(new Set(urls)).toEqual(urlsOf((article) => [article.kicker, article.title, article.subtitle].some((part) => folded(part).includes('党员'))));
    expect(urls.length).toBeLessThan((await found(engine, '党员')).outcome.total);
  });

  it('finds the stories of any compared term, and counts each term apart', async () => {
    const [first, second] = ['党建联盟', '货车司机'];
    const { outcome, urls } = await found(engine, `${first} ｜ ${second}`);
    const holding = (word: string) => new Set(documents.filter((document) => [document.head, document.body].some((part) => folded(part).includes(word))).map((document) => document.file.url));
    expect(new Set(urls)).toEqual(new Set([...holding(first), ...holding(second)]));
    expect(outcome.terms).toEqual([first, second]);
    const calendar = await engine.calendar();
    const rows = await outcome.countByPeriod(periodsOf(calendar, calendarSpan(calendar)!, 'year'));
    expect(rows.map((row) => row.reduce((sum, count) => sum + count, 0))).toEqual([holding(first).size, holding(second).size]);
  });

  it('compares three terms at most, and says a field prefix with no words', async () => {
    const many = Array.from({ length: 100 }, (_, index) => `词${index}`).join('|');
    const { outcome } = await found(engine, many);
    expect([outcome.terms.length, outcome.dropped]).toEqual([3, 97]);
    expect((await found(engine, '作者：')).outcome.emptyPrefix).toBe('作者：');
  });
});

describe('words that name a place', () => {
  const { engine } = engineFor(generated);
  const filedUnder = (code: string) => new Set(generated.filter((article) => article.regions.some((region) => region.chain.some((link) => link === code))).map((article) => `/articles/${article.slug}/`));

  it('offer the places so named, each with the results filed under it', async () => {
    const place = generated.flatMap((article) => article.regions).find((region) => region.level === 'city' && region.name.endsWith('市'))!;
    for (const query of [place.name, place.name.slice(0, -1)]) {
      const { outcome, urls } = await found(engine, query);
      const offered = await outcome.places();
      const offer = offered.find((candidate) => candidate.code === place.code);
      expect(offer, query).toEqual({ code: place.code, fullName: place.fullName, count: urls.filter((url) => filedUnder(place.code).has(url)).length });
    }
    const { outcome } = await found(engine, place.name, { region: place.code });
    expect((await outcome.places()).some((candidate) => candidate.code === place.code)).toBe(false);
    expect(await (await found(engine, '党员')).outcome.places()).toEqual([]);
  });
});
