import { describe, expect, it } from 'vitest';
import { excerptOf, markedSegments } from '@/lib/indexes/search/excerpt';
import { queryLimits, queryWords } from '@/lib/indexes/search/fold';
import { searchParamsOf, stateFromSearchParams } from '@/lib/api/search/query';
import { optionChain, regionLevels } from '@/lib/browser/region-levels';

describe('search state in the URL', () => {
  it('round-trips words, column, region and the newest-first order', () => {
    const state = { query: '党员干部', column: 'shendu-guanzhu', region: '35', sort: 'newest' as const };
    const url = searchParamsOf(state);
    expect(url).toBe('?q=%E5%85%9A%E5%91%98%E5%B9%B2%E9%83%A8&column=shendu-guanzhu&region=35&sort=newest');
    expect(stateFromSearchParams(new URLSearchParams(url))).toEqual(state);
  });

  it('leaves out what is empty, and relevance, the default order', () => {
    expect(searchParamsOf({ query: '  ', sort: 'relevance' })).toBe('');
    expect(stateFromSearchParams(new URLSearchParams('?column=&q=&sort=nonsense'))).toEqual({ query: '' });
  });
});

describe('queryWords', () => {
  it('folds full-width forms and case, and splits at punctuation of either width', () => {
    expect(queryWords('游德祥！,').map((w) => w.join(''))).toEqual(['游德祥']);
    expect(queryWords('“党建联盟”　隆尧').map((w) => w.join(''))).toEqual(['党建联盟', '隆尧']);
    expect(queryWords('ＡＢＣ１２３').map((w) => w.join(''))).toEqual(['abc123']);
  });

  it('keeps at most the first words and characters of a very long query, each word once', () => {
    expect(queryWords('党 党 员')).toHaveLength(2);
    expect(queryWords('字'.repeat(2000))[0]).toHaveLength(queryLimits.characters);
    expect(queryWords(Array.from({ length: 20 }, (_, i) => `词${i}`).join(' '))).toHaveLength(queryLimits.words);
    expect(queryWords('<>&"\'')).toEqual([]);
  });

  it('reads only the first 2,000 characters of a query, in one pass, and the URL state is cut the same way', () => {
    const long = Array.from({ length: 20_000 }, (_, index) => `词${index}`).join(' ');
    expect(queryWords(long).map((word) => word.join(''))).toEqual(['词0', '词1', '词2', '词3', '词4', '词5', '词6', '词7']);
    expect(queryWords(`${'。'.repeat(queryLimits.input)}党员`)).toEqual([]);
    expect(stateFromSearchParams(new URLSearchParams({ q: long })).query).toBe(long.slice(0, queryLimits.input));
  });
});

describe('marking matches', () => {
  const words = queryWords('河北 货车');

  it('marks every occurrence of every word as text, never markup', () => {
    expect(markedSegments('前往河北运货，<b>货车</b>', words)).toEqual([
      { text: '前往', marked: false },
      { text: '河北', marked: true },
      { text: '运货，<b>', marked: false },
      { text: '货车', marked: true },
      { text: '</b>', marked: false },
    ]);
  });

  it('matches full-width letters as the query folds them, marking the printed characters', () => {
    expect(markedSegments('ＧＤＰ增长', queryWords('gdp'))).toEqual([
      { text: 'ＧＤＰ', marked: true },
      { text: '增长', marked: false },
    ]);
  });

  it('cuts a passage around the first match in its line, with … where it is cut', () => {
    const body = `第一段。\n${'前'.repeat(50)}河北${'后'.repeat(200)}`;
    const passage = excerptOf(body, words);
    expect(passage[0]!.text.startsWith('…')).toBe(true);
    expect(passage.find((segment) => segment.marked)?.text).toBe('河北');
    expect(passage.at(-1)!.text.endsWith('…')).toBe(true);
    expect(excerptOf(body, [])[0]!.text).toBe('第一段。');
  });
});

describe('the region picker', () => {
  const regions = [
    { code: '35', name: '福建省', parent: null, count: 1 },
    { code: '3505', name: '泉州市', parent: '35', count: 1 },
    { code: '350502', name: '鲤城区', parent: '3505', count: 1 },
    { code: '13', name: '河北省', parent: null, count: 1 },
  ];

  it('narrows province → city → county along the chosen chain', () => {
    expect(optionChain('350502', regions)).toEqual(['35', '3505', '350502']);
    expect(regionLevels(regions, ['35']).map((level) => level.map((r) => r.code))).toEqual([['35', '13'], ['3505'], []]);
    expect(optionChain('999999', regions)).toEqual(['999999']);
  });
});
