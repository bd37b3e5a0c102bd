/**
 * Splits a page's lines into articles. Articles start at a column header, at a kicker, or at a
 * title followed by its byline; a commentary's title and bare author name may stand after its
 * body (a layout artefact of the page). Lines the layout split mid-sentence are joined, captions
 * and credits become figures, and short unpunctuated lines inside the body become headings.
 */
import type { ColumnRegistry } from '../records/columns';
import type { ColumnHeader } from './line-kinds';
import { endsSentence, isBareName, isCredit, isHeadingLike, isKicker, isSubtitle, isTitleLike, parseByline, parseCaption, parseColumnHeader } from './line-kinds';

export interface SourceLine {
  readonly text: string;
  /** 1-based, as an editor's text editor counts. */
  readonly line: number;
}

export type Block = { readonly kind: 'paragraph'; text: string; readonly lines: number[] } | { readonly kind: 'heading'; readonly text: string; readonly lines: number[] };

export interface DraftFigure {
  readonly number: number;
  readonly caption: string;
  readonly credit?: string;
}

export interface DraftArticle {
  readonly startLine: number;
  header?: ColumnHeader;
  kicker?: string;
  title?: string;
  subtitle?: string;
  byline?: string;
  authors: string[];
  readonly blocks: Block[];
  readonly figures: DraftFigure[];
}

export function segmentPage(lines: readonly SourceLine[], registry: ColumnRegistry): DraftArticle[] {
  const articles: DraftArticle[] = [];
  let current: DraftArticle | undefined;
  const open = (startLine: number, fields: Partial<DraftArticle> = {}) => {
    current = { startLine, authors: [], blocks: [], figures: [], ...fields };
    articles.push(current);
    return current;
  };
  const text = (at: number) => lines[at]?.text;
  /**
   * A column header: a registered name anywhere, the 栏目·系列③ form, or an unregistered name
   * where a header stands, above a kicker or above a title (and its subtitle) and its byline.
   */
  const headerAt = (at: number): ColumnHeader | undefined => {
    const header = parseColumnHeader(text(at) ?? '', registry);
    if (!header || header.registered || header.series?.part !== undefined) return header;
    const [next = '', after = '', third = ''] = [text(at + 1), text(at + 2), text(at + 3)];
    if (isKicker(next)) return header;
    const titled = isTitleLike(next) && !isSubtitle(next) && parseByline(next) === undefined && parseCaption(next) === undefined;
    return titled && (parseByline(after) !== undefined || (isSubtitle(after) && parseByline(third) !== undefined)) ? header : undefined;
  };
  const startsArticle = (at: number): boolean => {
    const line = text(at);
    if (line === undefined) return false;
    return headerAt(at) !== undefined || isKicker(line) || (isTitleLike(line) && parseByline(text(at + 1) ?? '') !== undefined);
  };
  const hasStarted = (article: DraftArticle) => article.blocks.length > 0 || article.figures.length > 0;

  for (let at = 0; at < lines.length; at += 1) {
    const { text: line, line: number } = lines[at]!;
    const next = text(at + 1);
    const header = headerAt(at);
    if (header) {
      open(number, { header });
      continue;
    }
    if (isKicker(line)) {
      if (current && !current.kicker && !current.title && !hasStarted(current)) current.kicker = line;
      else open(number, { kicker: line });
      continue;
    }
    const byline = parseByline(line);
    if (byline && current && !current.byline && !hasStarted(current)) {
      Object.assign(current, { byline: byline.byline, authors: [...byline.authors] });
      continue;
    }
    const caption = parseCaption(line);
    if (caption) {
      const article = current ?? open(number);
      const credit = caption.credit ?? (next !== undefined && isCredit(next) ? next : undefined);
      if (!caption.credit && credit) at += 1;
      article.figures.push({ number: caption.number, caption: caption.caption, ...(credit && { credit }) });
      continue;
    }
    if (current && !current.title && !hasStarted(current) && isTitleLike(line)) {
      current.title = line;
      continue;
    }
    if (current?.title && !current.subtitle && !current.byline && !hasStarted(current) && isSubtitle(line)) {
      current.subtitle = line;
      continue;
    }
    if (isTitleLike(line) && next !== undefined && parseByline(next) && (!current || hasStarted(current))) {
      open(number, { title: line });
      continue;
    }
    if (current && !current.title && hasStarted(current) && isTitleLike(line) && next !== undefined && isBareName(next) && (at + 2 >= lines.length || startsArticle(at + 2))) {
      // A commentary signed after its body: the title, then the author's bare name.
      Object.assign(current, { title: line, byline: next, authors: [next] });
      at += 1;
      continue;
    }
    addBodyLine(current ?? open(number), line, number);
  }
  return articles;
}

function addBodyLine(article: DraftArticle, line: string, number: number): void {
  const last = article.blocks.at(-1);
  const lastIsOpen = last?.kind === 'paragraph' && !endsSentence(last.text);
  if (lastIsOpen && !isHeadingLike(line)) {
    // The layout broke this paragraph across two lines: …创建东海 + 干部学堂“云课堂”…
    last.text += line;
    last.lines.push(number);
    return;
  }
  if (last && isHeadingLike(line)) {
    article.blocks.push({ kind: 'heading', text: line, lines: [number] });
    return;
  }
  article.blocks.push({ kind: 'paragraph', text: line, lines: [number] });
}
