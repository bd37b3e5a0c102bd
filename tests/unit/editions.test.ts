import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/records/load';
import { groupByColumn, listEditions, newestEdition, pageNeighbours } from '@/lib/indexes/editions';
import { editionLine, formatChineseDate } from '@/lib/records/format';
import type { IsoDate } from '@/lib/api';
import { circledNumber, columnLabel } from '@/lib/records/format';

const { articles } = loadArticles('tests/fixtures/content/valid');

describe('editions', () => {
  it('prints the date and page as the paper does', () => {
    expect(formatChineseDate('2024-04-09' as IsoDate)).toBe('2024年4月9日');
    expect(editionLine({ date: '2024-04-09' as IsoDate, page: 19 })).toBe('人民日报 2024年4月9日 第19版');
    expect(editionLine({ date: '2024-12-31' as IsoDate })).toBe('人民日报 2024年12月31日');
  });

  it('finds the newest printed page and its articles', () => {
    const newest = newestEdition(articles)!;
    expect([newest.date, newest.page]).toEqual(['2024-04-10', 19]);
    expect(newest.articles.map((a) => a.slug)).toEqual(['beijing-story']);
    expect(newestEdition([])).toBeUndefined();
  });

  it('lists every printed page newest first, its stories in printed order', () => {
    expect(listEditions(articles).map((e) => [e.date, e.page, e.articles.map((a) => a.slug)])).toEqual([
      ['2024-04-10', 19, ['beijing-story']],
      ['2024-04-09', 19, ['quanzhou-story', 'commentary']],
    ]);
  });

  it('finds the previous and next story on the same printed page only', () => {
    const [beijing, quanzhou, commentary] = articles;
    expect(pageNeighbours(articles, quanzhou!)).toEqual({ next: commentary });
    expect(pageNeighbours(articles, commentary!)).toEqual({ previous: quanzhou });
    expect(pageNeighbours(articles, beijing!)).toEqual({});
  });

  it('groups by column in the order the page prints them, with column-less articles last', () => {
    const seed = loadArticles('content').articles;
    expect(groupByColumn(seed).map((g) => [g.column?.name, g.articles.length])).toEqual([
      ['深度关注', 1],
      ['金台潮声', 1],
      ['我是党员，我在岗位', 1],
      [undefined, 1],
    ]);
    // A page that opens with its commentary shows that column's heading first, whatever the registry's order.
    const reordered = [seed[1]!, seed[0]!, seed[3]!, seed[2]!];
    expect(groupByColumn(reordered).map((g) => g.column?.name)).toEqual(['金台潮声', '深度关注', '我是党员，我在岗位', undefined]);
  });
});

describe('print formatting', () => {
  it('writes series parts as circled numbers, and larger ones in brackets', () => {
    expect(circledNumber(3)).toBe('③');
    expect(circledNumber(20)).toBe('⑳');
    expect(circledNumber(21)).toBe('（21）');
  });

  it('labels an article with its column and series', () => {
    expect(columnLabel('深度关注', { name: '提振党员干部干事创业精气神', part: 3 })).toBe('深度关注 · 提振党员干部干事创业精气神 ③');
    expect(columnLabel('金台潮声', undefined)).toBe('金台潮声');
    expect(columnLabel(undefined, undefined)).toBe('');
  });
});

describe('editions by day and month', () => {
  it('finds the printed pages of a day or a month, and none for a date without paper', async () => {
    const { editionsOn } = await import('@/lib/indexes/editions');
    expect(editionsOn(articles, '2024-04').map((e) => e.date)).toEqual(['2024-04-10', '2024-04-09']);
    expect(editionsOn(articles, '2024-04-09').map((e) => e.articles.length)).toEqual([2]);
    expect(editionsOn(articles, '2024-05')).toEqual([]);
  });
});
