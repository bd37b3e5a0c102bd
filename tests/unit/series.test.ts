import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/records/load';
import { seriesIndex } from '@/lib/indexes/series';
import { seriesSlug } from '@/lib/records/series-slug';

describe('series', () => {
  it('gives a series a readable ASCII slug from its pinyin', () => {
    expect(seriesSlug('提振党员干部干事创业精气神')).toBe('tizhen-dangyuan-ganbu-ganshi-chuangye-jingqishen');
  });

  it('lists parts in order and shows the parts the archive does not hold', () => {
    const { articles } = loadArticles('content');
    const series = seriesIndex(articles).get(seriesSlug('提振党员干部干事创业精气神'))!;
    expect(series.parts.map((p) => [p.part, p.article?.title ?? null])).toEqual([
      [1, null],
      [2, null],
      [3, '增强干部“会担当”“重担当”“敢担当”的能力本领'],
    ]);
  });
});
