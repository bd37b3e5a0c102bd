/**
 * What one line of a raw newspaper page is, judged by its own text (and, for a column header,
 * the archive's registry): a column header, a kicker,
 * a byline, a figure caption or credit, a title-like short line, or body text. Where a line sits
 * among the others is segment.ts's job.
 */
import type { ColumnRegistry } from '../records/columns';

export interface ColumnHeader {
  /** As the registry names it when registered, else as printed. */
  readonly column: string;
  /** Whether the archive's registry knows the column; an unknown one is registered by the import. */
  readonly registered: boolean;
  readonly series?: { readonly name: string; readonly part?: number };
}

/** ①…⑳ → 1…20 */
export function circledValue(char: string): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x2460 && code <= 0x2473 ? code - 0x2460 + 1 : undefined;
}

/** What a column's name looks like: a few Chinese characters, perhaps with a comma (我是党员，我在岗位), no sentence. */
export function isColumnNameLike(name: string): boolean {
  return /^[\p{Script=Han}，,]{2,12}$/u.test(name) && !/[，,]$/u.test(name);
}

/**
 * A column header as written: 深度关注, or 深度关注·提振党员干部干事创业精气神③ (a column, a
 * series and its part). A registered name is a header wherever it stands; an unregistered one
 * only where segment.ts finds a header's place (above a kicker, or above a title and its
 * byline), except the 栏目·系列③ form, which no title or heading takes.
 */
export function parseColumnHeader(line: string, registry: ColumnRegistry): ColumnHeader | undefined {
  const [name = '', ...rest] = line.split(/[·・•]/u);
  const registered = registry.find(name);
  const seriesText = rest.join('·').trim();
  const part = seriesText ? circledValue([...seriesText].at(-1)!) : undefined;
  if (!registered && !isColumnNameLike(name.trim())) return undefined;
  if (!registered && rest.length > 0 && part === undefined) return undefined;
  const column = registered?.name ?? name.trim();
  if (!seriesText) return { column, registered: registered !== undefined };
  const seriesName = part === undefined ? seriesText : [...seriesText].slice(0, -1).join('').trim();
  return { column, registered: registered !== undefined, series: { name: seriesName, ...(part !== undefined && { part }) } };
}

/** 引题: a short line ending in a dash, e.g. 河北省隆尧县—— */
export function isKicker(line: string): boolean {
  return /(?:——|--)$/u.test(line) && [...line].length <= 60;
}

/** 副题: a line under the title that opens with a dash, e.g. ——记…… */
export function isSubtitle(line: string): boolean {
  return /^(?:——|--)/u.test(line) && [...line].length <= 60;
}

export interface Byline {
  readonly byline: string;
  readonly authors: readonly string[];
}

const staffRoles = /(本报(?:特约)?记者|本报通讯员|新华社记者|通讯员)/u;

/** 本报记者 刘晓宇, 本报记者 张三 李四, 本报记者 张三 本报通讯员 李四 → the printed line and the names. */
export function parseByline(line: string): Byline | undefined {
  if (!new RegExp(`^${staffRoles.source}`, 'u').test(line) || [...line].length > 60) return undefined;
  const authors = line
    .split(staffRoles)
    .filter((part) => part && !staffRoles.test(part))
    .flatMap((part) => part.split(/[\s、，,]+/u))
    .filter(Boolean);
  // 本报记者近日走访了…… is a sentence about reporters, not a byline.
  return authors.length > 0 && authors.every(isBareName) ? { byline: line, authors } : undefined;
}

/** A bare author name as printed under a commentary: two to four Han characters (or a·dotted name). */
export function isBareName(line: string): boolean {
  return /^\p{Script=Han}{2,4}$|^\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,8}$/u.test(line);
}

export interface Caption {
  readonly number: number;
  readonly caption: string;
  /** Printed at the end of the caption line itself (…司机。吴杰摄). */
  readonly credit?: string;
}

const creditAtEnd = /(?<=[。！？!?）)])\s*((?:(?:本报|新华社)?记者\s*)?[\p{Script=Han}·]{2,12}(?:摄|供图)|资料图片|受访者供图)$/u;

/** 图①:游德祥在检查车辆。 or 图②:…困难司机。吴杰摄 */
export function parseCaption(line: string): Caption | undefined {
  const match = /^图\s*([①-⑳]|\d{1,2})\s*[:：]\s*(.+)$/u.exec(line);
  if (!match) return undefined;
  const number = circledValue(match[1]!) ?? Number(match[1]);
  const text = match[2]!.trim();
  const credit = creditAtEnd.exec(text);
  if (!credit) return { number, caption: text };
  return { number, caption: text.slice(0, credit.index).trim(), credit: credit[1]!.trim() };
}

/** A photo credit on its own line: 受访者供图, 吴杰摄, 本报记者 张三摄, 资料图片. */
export function isCredit(line: string): boolean {
  return /^(?:(?:本报|新华社)?记者\s*)?[\p{Script=Han}·\s]{1,16}(?:摄|供图)$|^资料图片$/u.test(line);
}

/** Ends a sentence, so the next line starts a new paragraph rather than continuing this one. */
export function endsSentence(line: string): boolean {
  return /[。！？!?…；;：:”’」』）)》]$/u.test(line);
}

/** A section heading: short, and no sentence punctuation anywhere in it. */
export function isHeadingLike(line: string): boolean {
  return [...line].length <= 20 && !/[，,。！？!?；;：:、…“”"]/u.test(line);
}

/** Short and unpunctuated at its end: a title, subtitle or section heading, not a sentence. */
export function isTitleLike(line: string): boolean {
  return [...line].length <= 40 && !/[。！？!?；;：:，,、…]$/u.test(line);
}
