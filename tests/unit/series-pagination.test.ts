import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/records/load';
import { pageSegments, pageWindow, paginate, parsePageSegments } from '@/lib/site/pagination';
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

describe('pagination', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it('cuts a list into pages of 20', () => {
    expect(paginate(items, 1)).toMatchObject({ page: 1, pageCount: 3, total: 45, items: items.slice(0, 20) });
    expect(paginate(items, 3)?.items).toEqual([41, 42, 43, 44, 45]);
    expect(paginate(items, 4)).toBeUndefined();
    expect(paginate([], 1)).toMatchObject({ pageCount: 1, total: 0, items: [] });
  });

  it('has a static page for every page: the list URL, then page/2, page/3', () => {
    expect(pageSegments(45)).toEqual([[], ['page', '2'], ['page', '3']]);
    expect(pageSegments(3)).toEqual([[]]);
  });

  it('reads only canonical page segments', () => {
    expect(parsePageSegments(undefined)).toBe(1);
    expect(parsePageSegments(['page', '2'])).toBe(2);
    for (const bad of [['page', '1'], ['page', '02'], ['page', 'x'], ['2'], ['page', '2', 'x']]) expect(parsePageSegments(bad)).toBeUndefined();
  });

  it('shows a window of page links around the current page, not all of them', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 500)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 500]);
  });
});
