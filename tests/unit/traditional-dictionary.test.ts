import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fullTraditional, pageTexts, traditionalDictionary } from '@/lib/build/export/traditional-dictionary';
import { TraditionalConverter } from '@/lib/browser/traditional/converter';

const seed = readFileSync('tests/fixtures/seed/rmrb-2024-04-09-p19.txt', 'utf8');
const seedLines = seed.split('\n').filter((line) => line.trim().length > 0);

/** A small deterministic generator, so a failure names a piece that can be run again. */
function randomPieces(texts: readonly string[], count: number): string[] {
  let state = 20240409;
  const next = (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
  return Array.from({ length: count }, () => {
    const text = texts[next(texts.length)]!;
    const start = next(text.length + 1);
    return text.slice(start, start + next(text.length - start + 1));
  });
}

const converterFor = (...dictionaries: string[]) => {
  const converter = new TraditionalConverter();
  for (const dictionary of dictionaries) converter.add(dictionary);
  return converter;
};

describe('a page’s traditional dictionary', () => {
  const converter = converterFor(traditionalDictionary(seedLines));

  it('converts every line of the page exactly as OpenCC’s full s2tw dictionary does', () => {
    for (const line of seedLines) expect(converter.convert(line)).toBe(fullTraditional(line));
  });

  it('converts any piece cut from the page exactly too (a text node, an excerpt)', () => {
    for (const piece of randomPieces(seedLines, 2000)) expect(converter.convert(piece)).toBe(fullTraditional(piece));
  });

  it('writes the Taiwan-standard characters and keeps words, quotation marks and numbers', () => {
    const cases = {
      '增强干部“会担当”“重担当”“敢担当”的能力本领': '增強幹部“會擔當”“重擔當”“敢擔當”的能力本領',
      '福建省泉州古城里，游客熙熙攘攘': '福建省泉州古城裡，遊客熙熙攘攘',
      '周末早上8点不到': '週末早上8點不到',
      '为群众办实事': '為群眾辦實事',
    };
    const covering = converterFor(traditionalDictionary(Object.keys(cases)));
    for (const [simplified, traditional] of Object.entries(cases)) {
      expect(fullTraditional(simplified)).toBe(traditional);
      expect(covering.convert(simplified)).toBe(traditional);
    }
  });

  it('normalises compatibility ideographs first, as OpenCC does', () => {
    const text = '\uF901新干部\uF902道'; // 更 and 車 in their compatibility forms
    const covering = converterFor(traditionalDictionary([text]));
    expect(fullTraditional(text)).not.toContain('\uF901');
    expect(covering.convert(text)).toBe(fullTraditional(text));
  });

  it('is a small part of the full dictionary, without entries that change nothing', () => {
    const dictionary = traditionalDictionary(seedLines);
    const lines = dictionary.split('\n');
    expect(lines).toHaveLength(5); // four steps and the final newline
    expect(dictionary.length).toBeLessThan(20_000); // the full dictionary: about 1 MB
    const entries = lines.flatMap((line) => (line ? line.split('|') : []));
    expect(entries.filter((entry) => /^(.) \1$/u.test(entry))).toEqual([]);
    expect(traditionalDictionary(seedLines)).toBe(dictionary);
  });

  it('adds up: two pages’ dictionaries convert both pages’ text', () => {
    const [first, second] = [seedLines.slice(0, 20), seedLines.slice(20)];
    const both = converterFor(traditionalDictionary(first), traditionalDictionary(second));
    for (const line of seedLines) expect(both.convert(line)).toBe(fullTraditional(line));
    // And one page's alone does not cover the other's text (the test above could not pass by accident).
    const alone = converterFor(traditionalDictionary(['党']));
    expect(second.some((line) => alone.convert(line) !== fullTraditional(line))).toBe(true);
  });
});

describe('the texts of a page', () => {
  it('are its text and labels, without scripts, styles or plain-ASCII markup', () => {
    const html = '<html><head><title>党建</title><script>var a="干部"</script><style>p{}</style></head><body><button aria-label="复制引用">复</button><img alt="图片说明" src="a.png"></body></html>';
    expect(pageTexts(html).sort()).toEqual(['党建', '复', '复制引用', '图片说明'].sort());
  });
});
