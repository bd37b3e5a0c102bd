/**
 * The Article record: what every page reads. Built from validated front-matter and the
 * rendered body; nothing downstream sees raw front-matter or Markdown.
 */
import type { Column } from './columns';
import type { Region } from './regions';
import type { RenderedBody, SectionHeading } from './markdown';
import type { FrontMatter } from './schema';
import type { IsoDate } from './iso-date';
import type { Slug } from './slug';

export type { IsoDate } from './iso-date';
export type { Slug } from './slug';

export interface Figure {
  /** 图① is figure number 1: the number printed before the caption. */
  readonly number: number;
  readonly caption: string;
  readonly credit?: string;
  /** An image under public/ or an https URL; without it the caption and credit still show. */
  readonly src?: string;
}

export interface Series {
  readonly name: string;
  /** The part number (③ is 3), when the page prints one. */
  readonly part?: number;
}

export interface Article {
  readonly slug: Slug;
  /** The content file, relative to the working directory, so editors can find it. */
  readonly file: string;
  readonly title: string; // 主标题
  readonly kicker?: string; // 引题
  readonly subtitle?: string; // 副题
  /** The registered column, resolved when the file is read; absent for an article printed without a column header. */
  readonly column?: Column;
  readonly series?: Series;
  readonly byline?: string;
  readonly authors: readonly string[];
  readonly date: IsoDate;
  readonly page?: number; // 版次
  readonly position?: number;
  readonly regions: readonly Region[];
  readonly tags: readonly string[];
  readonly figures: readonly Figure[];
  readonly related: readonly Slug[];
  /** Sanitised HTML of the body. */
  readonly html: string;
  readonly headings: readonly SectionHeading[];
  readonly excerpt: string;
  readonly characterCount: number;
  readonly readingMinutes: number;
}

export function buildArticle(slug: Slug, file: string, data: FrontMatter, body: RenderedBody, column: Column | undefined): Article {
  return {
    slug,
    file,
    title: data.title,
    ...(data.kicker !== undefined && { kicker: data.kicker }),
    ...(data.subtitle !== undefined && { subtitle: data.subtitle }),
    ...(column !== undefined && { column }),
    ...(data.series !== undefined && { series: { name: data.series, ...(data.seriesPart !== undefined && { part: data.seriesPart }) } }),
    ...(data.byline !== undefined && { byline: data.byline }),
    authors: data.authors,
    date: data.date,
    ...(data.page !== undefined && { page: data.page }),
    ...(data.position !== undefined && { position: data.position }),
    regions: data.regions,
    tags: data.tags,
    figures: data.figures.map((figure, index) => ({ number: index + 1, ...figure })),
    related: data.related,
    ...body,
  };
}

/** Newest issue first; within an issue, page order, then the order on the page. */
export function compareArticles(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const page = (a.page ?? Number.MAX_SAFE_INTEGER) - (b.page ?? Number.MAX_SAFE_INTEGER);
  if (page !== 0) return page;
  const position = (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER);
  return position !== 0 ? position : a.slug.localeCompare(b.slug);
}
