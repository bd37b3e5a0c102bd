import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/records/load';
import { regionCoverage, type RegionNode } from '@/lib/indexes/coverage';

const { articles } = loadArticles('content');
const coverage = regionCoverage(articles);
const outline = (nodes: readonly RegionNode[]): unknown[] =>
  nodes.map((node) => [node.region.name, node.count, ...(node.children.length ? [outline(node.children)] : [])]);

describe('regionCoverage', () => {
  it('builds the province → city → county tree of the places stories report on, with counts', () => {
    expect(outline(coverage.tree)).toEqual([
      ['河北省', 1, [['邢台市', 1, [['隆尧县', 1]]]]],
      // Counties in code order: 鲤城区 350502, 永春县 350525, 晋江市 350582, 南安市 350583.
      ['福建省', 1, [['泉州市', 1, [['鲤城区', 1], ['永春县', 1], ['晋江市', 1], ['南安市', 1]]]]],
      ['贵州省', 1, [['遵义市', 1], ['安顺市', 1]]],
    ]);
  });

  it('counts a story once for a province, however many of its places it names', () => {
    expect(coverage.articlesIn('35').map((a) => a.title)).toEqual(['增强干部“会担当”“重担当”“敢担当”的能力本领']);
  });

  it("lists on a province's page the stories about its cities and counties", () => {
    expect(coverage.articlesIn('13').map((a) => a.title)).toEqual(['党建联盟助力企业发展']);
    expect(coverage.articlesIn('350502')).toHaveLength(1);
    expect(coverage.articlesIn('11')).toEqual([]);
  });
});

