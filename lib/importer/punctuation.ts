/**
 * The raw page text lost its full-width punctuation: ，：；？！（） arrive as , : ; ? ! ( ).
 * Restores them inside Chinese text only, so 10,000, 8:30, 25.63万亩 and Latin text keep their
 * ASCII characters; nothing else is changed.
 */
const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Han characters and the CJK punctuation that surrounds them (“”‘’《》、。…— and full-width forms). */
const chinese = /[\p{Script=Han}\u3000-\u303f\u2018\u2019\u201c\u201d\u2026\u2014\uff00-\uffef]/u;
const latinOrDigit = /[A-Za-z0-9]/u;

export function restoreFullWidthPunctuation(text: string): string {
  const chars = [...text];
  return chars
    .map((char, index) => {
      const replacement = fullWidth[char];
      if (!replacement) return char;
      const before = neighbour(chars, index, -1);
      const after = neighbour(chars, index, 1);
      // 10,000 or 8:30 or (a) in Latin text: an ASCII context keeps ASCII punctuation.
      if (latinOrDigit.test(before) && latinOrDigit.test(after)) return char;
      return chinese.test(before) || chinese.test(after) ? replacement : char;
    })
    .join('');
}

/** The nearest character that is not a space, looking backwards (-1) or forwards (1). */
function neighbour(chars: readonly string[], index: number, step: -1 | 1): string {
  for (let at = index + step; at >= 0 && at < chars.length; at += step) {
    if (chars[at] !== ' ') return chars[at]!;
  }
  return '';
}
