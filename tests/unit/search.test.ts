import { describe, expect, it } from 'vitest';
import { getRegion, resolveRegion } from '@/lib/regions';
import { excerptSegments } from '@/lib/search/highlight';
import { placeSearchTerms, regionsWithAncestors, shortPlaceName } from '@/lib/search/place-terms';
import { normaliseQuery, searchParamsOf, stateFromSearchParams } from '@/lib/search/query';

describe('search state in the URL', () => {
  it('round-trips words, column and region', () => {
    const state = { query: '党员干部', column: 'shendu-guanzhu', region: '35' };
    const url = searchParamsOf(state);
    expect(url).toBe('?q=%E5%85%9A%E5%91%98%E5%B9%B2%E9%83%A8&column=shendu-guanzhu&region=35');
    expect(stateFromSearchParams(new URLSearchParams(url))).toEqual(state);
  });

  it('leaves out what is empty', () => {
    expect(searchParamsOf({ query: '  ' })).toBe('');
    expect(stateFromSearchParams(new URLSearchParams('?column=&q='))).toEqual({ query: '' });
  });
});

describe('normaliseQuery', () => {
  it('folds full-width forms and drops punctuation of either width', () => {
    expect(normaliseQuery('游德祥！,')).toBe('游德祥');
    expect(normaliseQuery('“党建联盟”　隆尧')).toBe('党建联盟 隆尧');
    expect(normaliseQuery('ＡＢＣ１２３')).toBe('ABC123');
  });
});

describe('excerptSegments', () => {
  it('keeps the marked words and nothing else of the markup', () => {
    expect(excerptSegments('前往<mark>河北</mark>运货 &lt;b&gt;')).toEqual([
      { text: '前往', marked: false },
      { text: '河北', marked: true },
      { text: '运货 <b>', marked: false },
    ]);
    expect(excerptSegments('<img src=x onerror=alert(1)>文字')).toEqual([{ text: '文字', marked: false }]);
  });

  it('joins adjacent marks: 游 德 祥 marked one by one read as one word', () => {
    expect(excerptSegments('<mark>游</mark><mark>德</mark><mark>祥</mark>说')).toEqual([
      { text: '游德祥', marked: true },
      { text: '说', marked: false },
    ]);
  });
});

describe('place search terms', () => {
  it('shortens names as readers say them, keeping two-character names whole', () => {
    expect(['福建省', '泉州市', '鲤城区', '隆尧县', '黔东南苗族侗族自治州', '广西壮族自治区', '城区'].map(shortPlaceName)).toEqual([
      '福建', '泉州', '鲤城', '隆尧', '黔东南苗族侗族', '广西', '城区',
    ]);
  });

  it('makes a story about 鲤城区 findable as 泉州 and 福建, and 隆尧 findable character by character', () => {
    const licheng = resolveRegion('350502');
    if (!licheng.ok) throw new Error('350502 must resolve');
    const terms = placeSearchTerms(regionsWithAncestors([licheng.region], getRegion));
    expect(terms).toEqual(['福建省', '福建', '福 建', '泉州市', '泉州', '泉 州', '鲤城区', '鲤城', '鲤 城']);
    const longyao = resolveRegion('河北省邢台市隆尧县');
    if (!longyao.ok) throw new Error('隆尧县 must resolve');
    expect(placeSearchTerms([longyao.region])).toContain('隆 尧');
  });
});
