/**
 * Turns the raw text of one newspaper page into content files: decode, restore punctuation,
 * split into articles, infer the front-matter, propose regions, choose slugs. Returns every
 * problem with the line it concerns instead of a partial page: a page imports whole or not at all.
 */
import { decodePage } from './decode';
import { restoreFullWidthPunctuation } from './punctuation';
import { proposeRegions } from './regions';
import { renderContentFile, type ImportedArticle } from './render';
import { isColumnNameLike } from './line-kinds';
import { segmentPage, type SourceLine } from './segment';
import { slugFromTitle, uniqueSlug } from './slug';
import { contentLimits } from '../records/schema';
import type { ColumnRegistry } from '../records/columns';

export interface ImportOptions {
  /** The issue date, YYYY-MM-DD. */
  readonly date: string;
  readonly page?: number;
  /** Whether the archive already has an article with this slug (elsewhere than this import writes). */
  readonly isSlugTaken?: (slug: string) => boolean;
  /** The archive's columns: a header naming one of them is that column wherever it stands. */
  readonly columns: ColumnRegistry;
}

/** A column the page prints that the registry lacks: the import registers it. */
export interface NewColumn {
  readonly name: string;
  readonly slug: string;
  /** The line of its first header. */
  readonly line: number;
}

export interface ImportedFile {
  readonly slug: string;
  /** Relative to the content root: <date>/<slug>.md */
  readonly path: string;
  readonly article: ImportedArticle;
  readonly source: string;
  /** The lines the layout split and the importer joined, for the editor to check. */
  readonly joinedLines: readonly (readonly number[])[];
  /** The first and last line of the raw page this story was read from. */
  readonly lines: readonly [number, number];
}

export interface ImportProblem {
  readonly line?: number;
  readonly message: string;
}

export type ImportResult =
  | { readonly ok: true; readonly files: readonly ImportedFile[]; readonly newColumns: readonly NewColumn[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export function importPage(bytes: Uint8Array, { date, page, isSlugTaken = () => false, columns }: ImportOptions): ImportResult {
  const decoded = decodePage(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ ...(decoded.line !== undefined && { line: decoded.line }), message: decoded.message }] };
  const lines: SourceLine[] = decoded.text
    .split(/\r?\n/u)
    .map((text, index) => ({ text: restoreFullWidthPunctuation(text.trim()), line: index + 1 }))
    .filter((line) => line.text !== '');
  const drafts = segmentPage(lines, columns);
  const problems: ImportProblem[] = drafts
    .filter((draft) => !draft.title)
    .map((draft) => ({
      line: draft.startLine,
      message:
        'no recognisable title for the article that starts here (a title is a short line after the column header or kicker, or before a byline); ' +
        'if a line above its body is a column header the registry lacks, add the column to the registry (columns.yaml: name, slug) and import again',
    }));
  if (drafts.length === 0) problems.push({ line: 1, message: 'no article found: expected column headers, kickers, titles and bylines on their own lines' });
  const textOfLine = new Map(lines.map((line) => [line.line, line.text]));
  problems.push(...drafts.flatMap((draft) => ambiguousOpening(draft, textOfLine)));
  // One clear answer instead of a position error for every story past the limit.
  if (drafts.length > contentLimits.position) {
    return { ok: false, problems: [{ message: `the text holds ${drafts.length} stories, and a printed page at most ${contentLimits.position}: is it more than one page, or a file of another kind?` }] };
  }
  if (problems.length > 0) return { ok: false, problems };
  const lastLine = lines.at(-1)?.line ?? 1;

  const taken = new Set<string>();
  const files = drafts.map((draft, index): ImportedFile => {
    const paragraphs = draft.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    const article: ImportedArticle = {
      title: draft.title!,
      ...(draft.kicker && { kicker: draft.kicker }),
      ...(draft.subtitle && { subtitle: draft.subtitle }),
      ...(draft.header && { column: draft.header.column }),
      ...(draft.header?.series && { series: draft.header.series.name }),
      ...(draft.header?.series?.part !== undefined && { seriesPart: draft.header.series.part }),
      ...(draft.byline && { byline: draft.byline }),
      authors: draft.authors,
      date,
      ...(page !== undefined && { page }),
      position: index + 1,
      regions: proposeRegions([draft.kicker, draft.title, draft.subtitle].filter((line): line is string => Boolean(line)), paragraphs),
      figures: draft.figures,
      blocks: draft.blocks,
    };
    const slug = uniqueSlug(slugFromTitle(article.title), (candidate) => taken.has(candidate) || isSlugTaken(candidate));
    taken.add(slug);
    return {
      slug,
      path: `${date}/${slug}.md`,
      article,
      source: renderContentFile(article),
      joinedLines: draft.blocks.filter((block) => block.lines.length > 1).map((block) => block.lines),
      lines: [draft.startLine, (drafts[index + 1]?.startLine ?? lastLine + 1) - 1],
    };
  });
  return { ok: true, files, newColumns: newColumnsOf(drafts, columns) };
}

/**
 * A story that opens with a short unpunctuated line of a few characters and no column: that line
 * may be a column header the registry lacks (a commentary's, whose title and author follow the
 * body) or the first line of the text. The importer cannot tell, so it asks instead of guessing.
 */
function ambiguousOpening(draft: { header?: unknown; blocks: readonly { kind: string; lines: readonly number[] }[] }, textOfLine: ReadonlyMap<number, string>): ImportProblem[] {
  const first = draft.blocks[0];
  const line = first?.lines[0];
  const text = line === undefined ? undefined : textOfLine.get(line);
  if (draft.header || !first || first.kind !== 'paragraph' || text === undefined || !isColumnNameLike(text)) return [];
  return [
    {
      line: line!,
      message: `“${text}” may be a column header or the first line of the text: if it is a column, add it to the registry (columns.yaml: - name: ${text}, slug: …) and import again; if it is text, end it with its punctuation`,
    },
  ];
}

/** Unregistered columns in the order the page prints them, each with a slug made from its words. */
function newColumnsOf(drafts: readonly { header?: { column: string; registered: boolean }; startLine: number }[], columns: ColumnRegistry): NewColumn[] {
  const found: NewColumn[] = [];
  const slugs = new Set(columns.columns.map((column) => column.slug as string));
  for (const draft of drafts) {
    const header = draft.header;
    if (!header || header.registered || found.some((column) => column.name === header.column)) continue;
    const slug = uniqueSlug(slugFromTitle(header.column), (candidate) => slugs.has(candidate));
    slugs.add(slug);
    found.push({ name: header.column, slug, line: draft.startLine });
  }
  return found;
}
