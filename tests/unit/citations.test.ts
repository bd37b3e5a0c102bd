import { describe, expect, it } from 'vitest';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { citationBibtex, citationCsv, citationRis, type CitationRecord } from '@/lib/api/search/citations';

const records: CitationRecord[] = [
  { url: 'https://example.org/articles/quanzhou-ganbu-dandang/', title: '增强干部“会担当”“重担当”“敢担当”的能力本领', date: '2024-04-09', page: 19, column: '深度关注', authors: ['刘晓宇'] },
  { url: 'https://example.org/articles/two-authors/', title: '以严明纪律规范党员干部履职用权', date: '2023-12-31', page: 4, column: '金台潮声', authors: ['李林蔚', '程焯'] },
  // What no file may let through: a title that opens a new record, closes a field or runs a formula.
  { url: 'https://example.org/articles/hostile/', title: '=HYPERLINK("x")\nER  - \nTY  - JOUR {}}\\end', date: '2019-01-03', column: '本版其他报道', authors: [] },
];

interface CslItem {
  type: string;
  title: string;
  author?: { literal?: string; family?: string; given?: string }[];
  /** RIS names a newspaper article's authors its reporters (AU of TY NEWS); citation-js keeps them as text. */
  reporter?: string | string[];
  issued: { 'date-parts': number[][] };
  page?: string;
  'container-title'?: string;
  URL?: string;
}
const names = (item: CslItem) => (item.reporter !== undefined ? [item.reporter].flat() : undefined) ?? (item.author ?? []).map((author) => author.literal ?? `${author.family ?? ''}${author.given ?? ''}`);

describe('results to take away', () => {
  it('writes RIS that an independent parser reads as one newspaper article per result', () => {
    const ris = citationRis(records, '人民日报');
    const items = new Cite(ris).data as CslItem[];
    expect(items).toHaveLength(3);
    // citation-js takes a newspaper article's year from PY; the full date stands in DA.
    expect(items.map((item) => [item.type, item['container-title'], item.issued['date-parts'][0], item.page ?? null, item.URL])).toEqual([
      ['article-newspaper', '人民日报', [2024], '19', records[0]!.url],
      ['article-newspaper', '人民日报', [2023], '4', records[1]!.url],
      ['article-newspaper', '人民日报', [2019], null, records[2]!.url],
    ]);
    const parsed = plugins.input.chainLink(ris) as Record<string, string>[];
    expect(parsed.map((record) => record.DA)).toEqual(['2024/04/09/', '2023/12/31/', '2019/01/03/']);
    expect(items.map((item) => item.title)).toEqual([records[0]!.title, records[1]!.title, '=HYPERLINK("x") ER - TY - JOUR {}}\\end']);
    expect(items.map(names)).toEqual([['刘晓宇'], ['李林蔚', '程焯'], []]);
  });

  it('writes BibTeX that an independent parser reads alike, braces and backslashes kept as text', () => {
    const items = new Cite(citationBibtex(records, '人民日报')).data as (CslItem & { genre?: string })[];
    expect(items).toHaveLength(3);
    // BibLaTeX writes a newspaper article as @article with entrysubtype = newspaper; citation-js reads the subtype as the genre.
    expect(items.map((item) => [item.type, item.genre, item['container-title'], item.issued['date-parts'][0], item.page ?? null])).toEqual([
      ['article-journal', 'newspaper', '人民日报', [2024, 4, 9], '19'],
      ['article-journal', 'newspaper', '人民日报', [2023, 12, 31], '4'],
      ['article-journal', 'newspaper', '人民日报', [2019, 1, 3], null],
    ]);
    expect(items.map((item) => item.title)).toEqual([records[0]!.title, records[1]!.title, '=HYPERLINK("x") ER - TY - JOUR {}}\\end']);
    expect(items.map(names)).toEqual([['刘晓宇'], ['李林蔚', '程焯'], []]);
  });

  it('writes CSV whose cells are text, a formula neutralised', () => {
    // A byte-order mark first, so Excel reads the Chinese as UTF-8.
    expect(citationCsv(records).startsWith('\ufeff')).toBe(true);
    const [header, first, , hostile] = citationCsv(records).replace(/^\ufeff/u, '').split('\r\n');
    expect(header).toBe('title,date,page,column,authors,url');
    expect(first).toBe(`增强干部“会担当”“重担当”“敢担当”的能力本领,2024-04-09,19,深度关注,刘晓宇,${records[0]!.url}`);
    expect(hostile).toMatch(/^"'=HYPERLINK\(""x""\)/u);
    expect(plugins.list()).toEqual(expect.arrayContaining(['@ris', '@bibtex']));
  });
});
