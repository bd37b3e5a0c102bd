/**
 * Writes an imported article as a content file: front-matter in the content contract, then the
 * body as Markdown (paragraphs and ## headings) with the characters Markdown would read as
 * syntax escaped, so the text shows exactly as printed. Proposed regions carry a comment that
 * tells the editor to confirm them.
 */
import yaml from 'js-yaml';
import type { RegionProposal } from './regions';
import type { Block, DraftFigure } from './segment';

export interface ImportedArticle {
  readonly title: string;
  readonly kicker?: string;
  readonly subtitle?: string;
  readonly column?: string;
  readonly series?: string;
  readonly seriesPart?: number;
  readonly byline?: string;
  readonly authors: readonly string[];
  readonly date: string;
  readonly page?: number;
  readonly position: number;
  readonly regions: readonly RegionProposal[];
  readonly figures: readonly DraftFigure[];
  readonly blocks: readonly Block[];
}

/** authors: [刘晓宇] on one line, as editors write it; lists of records (figures) as blocks. */
const dump = (data: Record<string, unknown>, flowLevel = -1) => (Object.keys(data).length === 0 ? '' : yaml.dump(data, { lineWidth: -1, flowLevel }));

export function renderContentFile(article: ImportedArticle): string {
  const { title, kicker, subtitle, column, series, seriesPart, byline, authors, date, page, position } = article;
  const head = dump({
    title,
    ...(kicker && { kicker }),
    ...(subtitle && { subtitle }),
    ...(column && { column }),
    ...(series && { series }),
    ...(seriesPart !== undefined && { seriesPart }),
    ...(byline && { byline }),
    ...(authors.length > 0 && { authors: [...authors] }),
    date,
    ...(page !== undefined && { page }),
    position,
  }, 1);
  const regions =
    article.regions.length === 0
      ? ''
      : `# Proposed by npm run import from the text: confirm, reorder or remove.\n${yaml.dump({ regions: article.regions.map((p) => p.region.fullName) }, { lineWidth: -1 })}`;
  const figures = dump(article.figures.length === 0 ? {} : { figures: article.figures.map(({ caption, credit }) => ({ caption, ...(credit && { credit }) })) });
  const body = article.blocks.map((block) => (block.kind === 'heading' ? `## ${escapeMarkdown(block.text)}` : escapeMarkdown(block.text))).join('\n\n');
  return `---\n${head}${regions}${figures}---\n\n${body}\n`;
}

/**
 * Backslash-escapes what CommonMark would read as markup, so every character shows as printed:
 * inline marks, HTML, fences (``` and ~~~) and table pipes anywhere, and at the start of a line
 * whatever would open a block (# headings, - + lists, --- and === rules or underlines, 1. lists).
 * Leading spaces, which would make an indented code block, are dropped: HTML would not show them.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/gu, (char) => `\\${char}`)
    .replace(/^[ \t]+/gmu, '')
    .replace(/^([#+=-])/gmu, '\\$1')
    .replace(/^(\d+)([.)])/gmu, '$1\\$2');
}
