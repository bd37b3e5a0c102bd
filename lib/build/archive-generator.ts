/**
 * A large archive made from the seed page, for benchmarks and scale tests: realistic, valid
 * content files spread over many dates and pages, every column, series with several parts,
 * regions from the division data at every level, some figures and curated related links.
 * Deterministic for a given seed.
 */
import { columns } from '../records/columns';
import type { Article } from '../api';
import { getDivision } from '../records/regions';

export interface GeneratedFile {
  /** Relative to the archive root, e.g. 2019-03-02/gen-000123.md. */
  readonly path: string;
  readonly frontMatter: Record<string, unknown>;
  readonly body: string;
}

export interface GeneratorOptions {
  readonly count: number;
  readonly seed: number;
  /** The articles whose paragraphs, titles and kickers are reused. */
  readonly source: readonly Article[];
  /** The first issue date; later issues follow day by day. */
  readonly startDate?: string;
}

/** mulberry32: a small, fast, seedable PRNG, so an archive can be made again byte for byte. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const articlesPerPage = 4;
const pagesPerDay = 2;

export function* generateArchive({ count, seed, source, startDate = '2019-01-01' }: GeneratorOptions): Generator<GeneratedFile> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const paragraphs = source.flatMap((article) => [...article.html.matchAll(/<p>([\s\S]*?)<\/p>/gu)].map((m) => m[1]!.replace(/<[^>]+>/gu, '')));
  const headings = source.flatMap((article) => article.headings.map((heading) => heading.text));
  const places = getDivision().all;
  const start = Date.parse(`${startDate}T00:00:00Z`);
  for (let index = 0; index < count; index += 1) {
    const day = Math.floor(index / (articlesPerPage * pagesPerDay));
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    const page = 19 - pagesPerDay + 1 + (Math.floor(index / articlesPerPage) % pagesPerDay);
    const position = (index % articlesPerPage) + 1;
    const column = position === articlesPerPage ? undefined : columns[(position - 1) % columns.length]!;
    const template = pick(source);
    const slug = `gen-${String(index).padStart(6, '0')}`;
    const seriesNumber = Math.floor(day / 5);
    const inSeries = column?.id === '深度关注';
    const regions = Array.from({ length: Math.floor(next() * 3) }, () => pick(places).code).filter((code, i, all) => all.indexOf(code) === i);
    const bodyParagraphs = Array.from({ length: 4 + Math.floor(next() * 20) }, () => pick(paragraphs));
    const body = bodyParagraphs.map((text, i) => (i > 0 && i % 6 === 0 ? `## ${pick(headings)}\n\n${text}` : text)).join('\n\n');
    const frontMatter: Record<string, unknown> = {
      title: `${template.title}（${index + 1}）`,
      ...(template.kicker && { kicker: template.kicker }),
      ...(column && { column: column.id }),
      ...(inSeries && { series: `提振精气神系列${seriesNumber + 1}`, seriesPart: (day % 5) + 1 }),
      ...(template.byline && { byline: template.byline, authors: [...template.authors] }),
      date,
      page,
      position,
      ...(regions.length > 0 && { regions }),
      tags: [pick(['干部考核', '党建联盟', '流动党员', '党纪学习教育', '基层治理', '乡村振兴'])],
      ...(next() < 0.1 && { figures: [{ caption: '受访者在工作中。', credit: '受访者供图' }] }),
      ...(index > 10 && next() < 0.05 && { related: [`gen-${String(Math.floor(next() * (index - 1))).padStart(6, '0')}`] }),
    };
    yield { path: `${date}/${slug}.md`, frontMatter, body: `${body}\n` };
  }
}
