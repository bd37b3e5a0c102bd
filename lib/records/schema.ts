/**
 * The front-matter schema: the content contract (the README's "Adding an article") in one
 * definition, and the column registry's entries. It gives the TypeScript type (z.output),
 * validates every file at build time, and its issue paths name the field in error messages.
 * Regions are resolved here, so what leaves the schema is real Region records; a column is
 * resolved against the archive's registry by the loader (load.ts), never left a free string.
 */
import { z } from 'zod';
import { resolveRegion, type Region } from './regions';
import { describeError, excerpt, type ContentErrorKind, type ErrorParams } from './errors';
import { codePointName, unprintedInField } from './unprinted';
import { imageHosts } from '../site/settings';
import { parseIsoDate, type IsoDate } from './iso-date';
import { firstIssueDate } from './paper';
import { parseColumnSlug, parseSlug, slugLimits, slugPattern } from './slug';

const expecting = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required: expected ${what}` : `expected ${what}, got ${shown(issue.input)}`,
});

/** The offending value, short enough for one line of an error message, control characters named. */
function shown(value: unknown): string {
  return excerpt(JSON.stringify(value) ?? String(value));
}

/** A zod issue worded by the error catalogue; its hint travels in the issue's params. */
function catalogued<K extends ContentErrorKind>(kind: K, params: ErrorParams<K>) {
  const { message, hint } = describeError(kind, params);
  return { code: 'custom' as const, message, params: { hint } };
}

/**
 * The limits of the contract: what a printed page can hold, with room to spare. A value beyond
 * one is a slip (a whole page pasted into the title) or an attack (a field made to stall the
 * build), never a real article, so each is an error.
 */
export const contentLimits = {
  fileBytes: 256 * 1024,
  title: 120,
  kicker: 120,
  subtitle: 120,
  byline: 120,
  series: 60,
  caption: 300,
  credit: 60,
  name: 30,
  listEntries: 30,
  page: 100,
  position: 50,
  /** Column registry: names, one-line descriptions, how many columns. */
  columnName: 20,
  columnDescription: 120,
  // The search index stores an article's column in one byte (255 for none).
  columns: 250,
  seriesPart: 100,
  firstDate: firstIssueDate,
  markdownDepth: 8,
  emphasisMarks: 400,
  brackets: 400,
} as const;

/** Format characters (zero-width space, joiners…) and spaces print nothing on their own. */
const invisible = /^[\p{Cf}\p{Z}\s]*$/u;

/**
 * Printed text: a byte-order mark is dropped and no-break spaces become spaces (harmless
 * leftovers of copy and paste); control and bidi characters, invisible-only text and text longer
 * than the limit are errors.
 */
const text = (what: string, limit: number) =>
  z
    .string(expecting(what))
    .transform((value) => value.replace(/\ufeff/gu, '').replace(/\u00a0/gu, ' ').trim())
    .superRefine((value, ctx) => {
      const bad = unprintedInField.exec(value);
      if (bad) {
        ctx.addIssue(catalogued('controlCharacter', { codePoint: codePointName(bad[0]), position: [...value.slice(0, bad.index)].length + 1 }));
      } else if (value === '') ctx.addIssue({ code: 'custom', message: `expected ${what}, got ""` });
      else if (invisible.test(value)) ctx.addIssue(catalogued('invisibleText', {}));
      else if ([...value].length > limit) ctx.addIssue(catalogued('tooLong', { length: [...value].length, limit }));
    });
const wholeNumber = (expected: string, what: string, max: number) =>
  z.int(expecting(expected)).superRefine((value, ctx) => {
    if (value < 1 || value > max) ctx.addIssue(catalogued('outOfRange', { value, min: 1, max, what }));
  });
const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, expecting(`a list of ${what}`)).superRefine((items, ctx) => {
    if (items.length > contentLimits.listEntries) ctx.addIssue(catalogued('tooMany', { count: items.length, limit: contentLimits.listEntries }));
  });
const textList = (what: string) => list(text(what, contentLimits.name), what);

/**
 * A checked string handed on as its brand. The zod checks before it word the messages; the
 * brand's own parser (slug.ts, iso-date.ts) is its one constructor and has the last word.
 */
const brandedBy =
  <T>(parse: (value: string) => T | undefined, what: string) =>
  (value: string, ctx: z.RefinementCtx): T => {
    const branded = parse(value);
    if (branded !== undefined) return branded;
    ctx.addIssue({ code: 'custom', message: `expected ${what}, got ${shown(value)}` });
    return z.NEVER;
  };

/** A real calendar day written as YYYY-MM-DD; 2024-02-30 is rejected, not rolled over. */
const calendarDay = (what: string) =>
  z.string(expecting(what)).transform(brandedBy<IsoDate>(parseIsoDate, 'a real date written YYYY-MM-DD, e.g. "2024-04-09"'));

/** Tomorrow (UTC): a page may be prepared the evening before its issue date, not years ahead. */
const lastDate = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const isoDate = calendarDay('an ISO date of the issue, e.g. "2024-04-09"').superRefine((value, ctx) => {
    const last = lastDate();
    if (value < contentLimits.firstDate || value > last) ctx.addIssue(catalogued('dateOutOfRange', { value, first: contentLimits.firstDate, last }));
  });

/** As written; resolved against the archive's column registry by the loader (load.ts). */
const column = z.string(expecting('a column name')).max(40, expecting('a column name of at most 40 characters'));

const region = z.union([z.string().max(40, expecting('a region name or code of at most 40 characters')), z.int()], expecting('a region name or code')).transform((value, ctx): Region => {
  const resolution = resolveRegion(String(value));
  if (resolution.ok) return resolution.region;
  const names = resolution.candidates.map((candidate) => `${candidate.fullName} (${candidate.code})`);
  ctx.addIssue(
    resolution.reason === 'ambiguous'
      ? catalogued('ambiguousRegion', { value: String(value), candidates: names })
      : catalogued('unknownRegion', { value: String(value), suggestions: names }),
  );
  return z.NEVER;
});

/**
 * A site path under public/, or an https URL on a host the site names (site.ts, imageHosts);
 * anything else (javascript:, data:, any other host) is refused.
 */
const imageSource = z
  .string(expecting('an image path'))
  .max(300, expecting('an image path of at most 300 characters'))
  .regex(/^(\/(?!\/)[^\s"'<>]*|https:\/\/[^\s"'<>]+)$/u, expecting('an image path from the site root (/images/x.jpg) or an https:// URL'))
  .superRefine((value, ctx) => {
    if (!value.startsWith('https://')) return;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    const plain = url !== undefined && !url.username && !url.password && !url.port;
    if (!plain || !imageHosts.includes(url.hostname)) ctx.addIssue(catalogued('imageHostNotAllowed', { host: url?.hostname ?? excerpt(value), plain, allowed: imageHosts }));
  });

const figure = z.strictObject(
  {
    caption: text('the caption as printed (a non-empty string)', contentLimits.caption),
    credit: text('the photo credit as printed, e.g. 吴杰摄', contentLimits.credit).optional(),
    src: imageSource.optional(),
  },
  expecting('a figure: { caption, credit?, src? }'),
);

export const frontMatterSchema = z
  .strictObject(
    {
      title: text('the title (主标题) as printed, a non-empty string', contentLimits.title),
      kicker: text('the kicker (引题) as printed, a non-empty string', contentLimits.kicker).optional(),
      subtitle: text('the subtitle (副题) as printed, a non-empty string', contentLimits.subtitle).optional(),
      column: column.optional(),
      series: text('the name of the running series, a non-empty string', contentLimits.series).optional(),
      seriesPart: wholeNumber('the part number in the series, a positive whole number (3 for ③)', 'part number of a series', contentLimits.seriesPart).optional(),
      byline: text('the byline as printed, e.g. 本报记者 刘晓宇', contentLimits.byline).optional(),
      authors: textList('author names').default([]),
      date: isoDate,
      page: wholeNumber('the page number (版次), a positive whole number', 'page number', contentLimits.page).optional(),
      position: wholeNumber("the article's order on its page, a positive whole number", 'position on a page', contentLimits.position).optional(),
      regions: list(region, 'region names or codes').default([]),
      tags: textList('topics').default([]),
      figures: list(figure, 'figures').default([]),
      related: list(
        z
          .string(expecting('a slug'))
          .max(slugLimits.article, expecting(`a slug of at most ${slugLimits.article} characters`))
          .regex(slugPattern, expecting('a slug: lowercase ASCII words joined by hyphens'))
          .transform(brandedBy(parseSlug, 'a slug')),
        'slugs',
      ).default([]),
    },
    expecting('front-matter fields between --- lines'),
  )
  .superRefine((data, ctx) => {
    if (data.seriesPart !== undefined && data.series === undefined) {
      ctx.addIssue({ ...catalogued('seriesPartWithoutSeries', {}), path: ['seriesPart'] });
    }
    const seen = new Set<string>();
    data.regions.forEach((place, index) => {
      if (seen.has(place.code)) {
        ctx.addIssue({ ...catalogued('duplicateRegion', { value: place.fullName }), path: ['regions', index] });
      }
      seen.add(place.code);
    });
  });

/** The validated front-matter: what the schema hands on to the article builder. */
export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Field names of the contract, for "unknown field" messages. */
export const frontMatterFields = Object.keys(frontMatterSchema.shape);

/**
 * One column of the registry (content/columns.yaml, column-registry.ts): its printed name, its
 * URL slug, a one-line description, and when it ran, where known. Its order is its place in the
 * list.
 */
const columnEntry = z.strictObject(
  {
    name: text('the column name as printed, e.g. 深度关注', contentLimits.columnName),
    slug: z
      .string(expecting('a URL slug, e.g. shendu-guanzhu'))
      .max(slugLimits.column, expecting(`a URL slug of at most ${slugLimits.column} characters`))
      .regex(slugPattern, expecting('a URL slug: lowercase ASCII letters and digits in words joined by hyphens, e.g. shendu-guanzhu'))
      .transform(brandedBy(parseColumnSlug, 'a URL slug')),
    description: text('a one-line description of the column', contentLimits.columnDescription).optional(),
    since: calendarDay('the date of its first issue, YYYY-MM-DD').optional(),
    until: calendarDay('the date of its last issue, YYYY-MM-DD').optional(),
  },
  expecting('a column: { name, slug, description?, since?, until? }'),
);

export const columnRegistryFields = Object.keys(columnEntry.shape);

export const columnRegistrySchema = z.strictObject(
  { columns: z.array(columnEntry, expecting('a list of columns')).max(contentLimits.columns, expecting(`at most ${contentLimits.columns} columns`)) },
  expecting('columns: followed by the list of columns'),
);

export type ColumnEntry = z.output<typeof columnEntry>;
