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

/**
 * What of a query is searched: at most 8 words of at most 64 characters each, read from at most
 * the first 2,000 characters of what was typed or put in the URL (?q=, ?hl=). The input is cut
 * before any other work, so a 100 KB URL costs what a short one does.
 */
export const queryLimits = { words: 8, characters: 64, input: 2000 } as const;

/** The part of a query string that is read at all. */
export const boundedQuery = (query: string): string => query.slice(0, queryLimits.input);

/**
 * The words of a query: runs of word characters, folded. Spaces and punctuation separate words;
 * every word must be found. Repeated words count once. One pass over the bounded input, each
 * word compared by a set, never with every word before it.
 */
export function queryWords(query: string): string[][] {
  const words: string[][] = [];
  const seen = new Set<string>();
  let current: string[] = [];
  const flush = () => {
    const key = current.join('');
    if (current.length > 0 && !seen.has(key)) {
      seen.add(key);
      words.push(current);
    }
    current = [];
  };
  for (const char of foldText(boundedQuery(query)).chars) {
    if (words.length === queryLimits.words) break;
    if (char === separator) flush();
    else if (current.length < queryLimits.characters) current.push(char);
  }
  if (words.length < queryLimits.words) flush();
  return words;
}
