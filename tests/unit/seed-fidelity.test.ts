/**
 * The articles in content/ are the seed page, transcribed faithfully: every line of the raw page
 * is either a piece of metadata in some article's front-matter or a body paragraph, in order;
 * paragraphs are joined only where the print layout broke a sentence. Text is compared after
 * NFKC normalisation, because the raw text lost its full-width punctuation (，becomes ,) and
 * restoring it is the one change allowed; every other character must match.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/api';
import { loadArticles } from '@/lib/records/load';
import { circledNumber } from '@/lib/records/format';

const norm = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
const seedLines = readFileSync('tests/fixtures/seed/rmrb-2024-04-09-p19.txt', 'utf8')
  .split('\n')
  .map(norm)
  .filter(Boolean);

const { articles, errors } = loadArticles('content');
const page = articles.filter((a) => a.date === '2024-04-09' && a.page === 19);

/** The visible text of each block (paragraph or heading) of the rendered body, in order. */
function bodyBlocks(article: Article): string[] {
  return [...article.html.matchAll(/<(p|h[1-6])[^>]*>([\s\S]*?)<\/\1>/gu)].map((m) =>
    m[2]!.replace(/<[^>]+>/gu, '').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>'),
  );
}

/** Every way a piece of front-matter may stand as a line of the printed page. */
function metadataLines(article: Article): string[] {
  const column = article.column?.name;
  const series = article.series ? `${article.series.name}${article.series.part ? circledNumber(article.series.part) : ''}` : '';
  const figures = article.figures.flatMap((f) => {
    const caption = `图${circledNumber(f.number)}:${f.caption}`;
    return [caption, f.credit ?? '', `${caption}${f.credit ?? ''}`];
  });
  return [column ? `${column}${series ? `·${series}` : ''}` : '', article.kicker, article.title, article.subtitle, article.byline, ...figures]
    .filter((line): line is string => Boolean(line))
    .map(norm);
}

describe('the seed page in content/', () => {
  it('loads without errors as four articles in page order', () => {
    expect(errors).toEqual([]);
    expect(page.map((a) => a.position)).toEqual([1, 2, 3, 4]);
  });

  it('takes every title, kicker, byline, column header and caption from a line of the page', () => {
    const seed = new Set(seedLines);
    for (const article of page) {
      for (const field of [article.title, article.kicker, article.byline]) if (field) expect(seed).toContain(norm(field));
    }
    const headers = page.map((a) => metadataLines(a)[0]);
    for (const header of headers) expect(seed).toContain(header);
  });

  it('holds every body paragraph of the page, in order, joining only lines the layout split mid-sentence', () => {
    const metadata = new Set(page.flatMap(metadataLines));
    const body = seedLines.filter((line) => !metadata.has(line));
    const blocks = page.flatMap(bodyBlocks).map(norm);
    const joined: string[] = [];
    let next = 0;
    for (const block of blocks) {
      if (block === body[next]) {
        next += 1;
      } else if (block === `${body[next]}${body[next + 1]}` && !/[。！？!?…”]$/u.test(body[next]!)) {
        joined.push(body[next]!.slice(-4));
        next += 2;
      } else {
        expect.fail(`paragraph ${next} of the page does not match: page "${body[next]?.slice(0, 30)}", article "${block.slice(0, 30)}"`);
      }
    }
    expect(next, 'every line of the page is used').toBe(body.length);
    expect(joined).toEqual(['创建东海', '被评为泉', '机,建立', '先后获评']);
  });

  it('restores full-width punctuation in Chinese text and keeps numbers as printed', () => {
    const text = page.flatMap(bodyBlocks).join('\n');
    expect(text).not.toMatch(/[\p{Script=Han}“”‘’][,:;?!()]|[,:;?!()][\p{Script=Han}“”‘’]/u);
    for (const kept of ['10.1%', '25.63万亩', '1—2月', '“1+10”']) expect(text).toContain(kept);
  });

  it('keeps what looks odd but was printed, such as a place named twice in a list', () => {
    expect(page.flatMap(bodyBlocks).join('')).toContain('黔东南苗族侗族自治州、黔东南苗族侗族自治州、六盘水市');
  });
});
