/**
 * The front-matter schema: the content contract of DESIGN.md in one definition. It gives the
 * TypeScript type (z.output), validates every file at build time, and its issue paths name the
 * field in error messages. Columns and regions are resolved here, so what leaves the schema is
 * a registered ColumnId and real Region records, never free strings.
 */
import { z } from 'zod';
import { columns, findColumnByName, type ColumnId } from './columns';
import { resolveRegion, type Region } from './regions';
import { describeError, type ContentErrorKind, type ErrorParams } from './errors';

const expecting = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required: expected ${what}` : `expected ${what}, got ${shown(issue.input)}`,
});

/** The offending value, short enough for one line of an error message. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A zod issue worded by the error catalogue; its hint travels in the issue's params. */
function catalogued<K extends ContentErrorKind>(kind: K, params: ErrorParams<K>) {
  const { message, hint } = describeError(kind, params);
  return { code: 'custom' as const, message, params: { hint } };
}

const text = (what: string) => z.string(expecting(what)).trim().min(1, expecting(what));
const positiveWhole = (what: string) => z.int(expecting(what)).positive(expecting(what));
const textList = (what: string) => z.array(text(what), expecting(`a list of ${what}`));

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A real calendar day written as YYYY-MM-DD; 2024-02-30 is rejected, not rolled over. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isoDate = z
  .string(expecting('an ISO date of the issue, e.g. "2024-04-09"'))
  .refine(isIsoDate, expecting('a real date written YYYY-MM-DD, e.g. "2024-04-09"'));

const column = z.string(expecting('a column name')).transform((value, ctx): ColumnId => {
  const found = findColumnByName(value);
  if (found) return found.id;
  ctx.addIssue(catalogued('unknownColumn', { value, registered: columns.map((c) => c.id) }));
  return z.NEVER;
});

const region = z.union([z.string(), z.int()], expecting('a region name or code')).transform((value, ctx): Region => {
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

/** A site path under public/ or an https URL; anything else (javascript:, data:) is refused. */
const imageSource = z
  .string(expecting('an image path'))
  .regex(/^(\/(?!\/)[^\s"'<>]*|https:\/\/[^\s"'<>]+)$/u, expecting('an image path from the site root (/images/x.jpg) or an https:// URL'));

const figure = z.strictObject(
  {
    caption: text('the caption as printed (a non-empty string)'),
    credit: text('the photo credit as printed, e.g. 吴杰摄').optional(),
    src: imageSource.optional(),
  },
  expecting('a figure: { caption, credit?, src? }'),
);

export const frontMatterSchema = z
  .strictObject(
    {
      title: text('the title (主标题) as printed, a non-empty string'),
      kicker: text('the kicker (引题) as printed, a non-empty string').optional(),
      subtitle: text('the subtitle (副题) as printed, a non-empty string').optional(),
      column: column.optional(),
      series: text('the name of the running series, a non-empty string').optional(),
      seriesPart: positiveWhole('the part number in the series, a positive whole number (3 for ③)').optional(),
      byline: text('the byline as printed, e.g. 本报记者 刘晓宇').optional(),
      authors: textList('author names').default([]),
      date: isoDate,
      page: positiveWhole('the page number (版次), a positive whole number').optional(),
      position: positiveWhole("the article's order on its page, a positive whole number").optional(),
      regions: z.array(region, expecting('a list of region names or codes')).default([]),
      tags: textList('topics').default([]),
      figures: z.array(figure, expecting('a list of figures')).default([]),
      related: z
        .array(z.string(expecting('a slug')).regex(slugPattern, expecting('a slug: lowercase ASCII words joined by hyphens')), expecting('a list of slugs'))
        .default([]),
    },
    expecting('front-matter fields between --- lines'),
  )
  .superRefine((data, ctx) => {
    if (data.seriesPart !== undefined && data.series === undefined) {
      ctx.addIssue({ code: 'custom', path: ['seriesPart'], message: 'a series part needs a series: add the series name' });
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
