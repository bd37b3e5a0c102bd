/**
 * Marks a query's words in text a result shows (title, passage), as text segments: the page
 * renders them as text nodes and <mark> elements, so nothing from the index is parsed as HTML.
 * Words are matched on folded characters (fold.ts), exactly as the index matched them.
 */
import { foldText } from './fold';

export interface ExcerptSegment {
  readonly text: string;
  readonly marked: boolean;
}

/** [start, end) UTF-16 ranges of the text where a word stands, in order, merged where they touch. */
export function matchRanges(text: string, words: readonly (readonly string[])[]): [number, number][] {
  const { chars, origins } = foldText(text);
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let i = 0; i + word.length <= chars.length; i += 1) {
      if (word.every((char, k) => chars[i + k] === char)) {
        const last = origins[i + word.length - 1]!;
        ranges.push([origins[i]!, last + String.fromCodePoint(text.codePointAt(last)!).length]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export function markedSegments(text: string, words: readonly (readonly string[])[]): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, words)) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** Characters of context a passage shows before its first match, and its length in all. */
const before = 30;
const length = 110;

/**
 * The passage of a body around the first match (its opening when no word is in the body, or for a
 * view found by filters alone), on one line, with the words marked and … where it is cut.
 */
export function excerptOf(body: string, words: readonly (readonly string[])[]): ExcerptSegment[] {
  const first = words.length > 0 ? matchRanges(body, words)[0] : undefined;
  const lineStart = first ? body.lastIndexOf('\n', first[0]) + 1 : 0;
  const lineEnd = body.indexOf('\n', first ? first[0] : 0);
  const line = body.slice(lineStart, lineEnd === -1 ? body.length : lineEnd);
  const offset = first ? Math.max(0, first[0] - lineStart - before) : 0;
  // Never cut a surrogate pair or a match in two.
  const chars = [...line.slice(offset)];
  const cut = chars.length > length;
  const passage = `${offset > 0 ? '…' : ''}${chars.slice(0, length).join('')}${cut ? '…' : ''}`;
  return markedSegments(passage, words);
}
