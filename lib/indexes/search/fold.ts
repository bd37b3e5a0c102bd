/**
 * How search compares characters, shared by the index writer and the browser so that both sides
 * see the same characters: NFKC (full-width ＡＢＣ１２３ are ABC123), lower case, and every
 * character that is not a letter, digit or mark becomes a separator. A run of two characters
 * matches wherever it is printed, as find-in-page would, whatever a word segmenter would say.
 */

/** Folded form of one code point: usually itself; may be several code points (NFKC of ㎡ is m2). */
function foldCodePoint(char: string): string {
  const code = char.codePointAt(0)!;
  // The common cases skip normalisation: CJK ideographs and ASCII letters and digits.
  if (code >= 0x4e00 && code <= 0x9fff) return char;
  if (code < 0x80) return /[a-z0-9]/u.test(char) ? char : /[A-Z]/u.test(char) ? char.toLowerCase() : separator;
  const folded = char.normalize('NFKC').toLowerCase();
  return /^[\p{L}\p{N}\p{M}]+$/u.test(folded) ? folded : separator;
}

/** What a non-word character folds to: never part of a run. */
export const separator = ' ';

export interface FoldedText {
  /** One entry per folded code point; separators are `separator`. */
  readonly chars: readonly string[];
  /** For each entry, the UTF-16 index in the original text of the character it came from. */
  readonly origins: readonly number[];
}

export function foldText(text: string): FoldedText {
  const chars: string[] = [];
  const origins: number[] = [];
  let index = 0;
  for (const char of text) {
    for (const folded of foldCodePoint(char)) {
      chars.push(folded);
      origins.push(index);
    }
    index += char.length;
  }
  return { chars, origins };
}

/** The most words of a query, and the longest word, that are searched (the rest is cut). */
export const queryLimits = { words: 8, characters: 64 } as const;

/**
 * The words of a query: runs of word characters, folded. Spaces and punctuation separate words;
 * every word must be found. Repeated words count once.
 */
export function queryWords(query: string): string[][] {
  const words: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0 && !words.some((word) => word.join('') === current.join(''))) words.push(current.slice(0, queryLimits.characters));
    current = [];
  };
  for (const char of foldText(query).chars) {
    if (char === separator) flush();
    else current.push(char);
  }
  flush();
  return words.slice(0, queryLimits.words);
}
