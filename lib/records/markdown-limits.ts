/**
 * Limits checked on a body before it is rendered. remark and its HTML serialiser recurse once per
 * level of nesting, and emphasis delimiters and brackets are matched against each other, so a
 * 2 KB body of `>` repeated 2,000 times overflows the stack and 30,000 `*a**` or 20,000 `[a](`
 * take seconds; no newspaper text comes near any of the limits.
 */
import { contentLimits } from './schema';
import { codePointName, unprintedInText } from './unprinted';
import type { ErrorParams } from './errors';

type LimitKind = 'bodyControlCharacter' | 'markdownTooDeep' | 'tooMuchEmphasis' | 'tooManyBrackets';

/**
 * A limit a body goes past, with the parameters its kind in the error catalogue takes (a
 * markdownTooDeep's `depth` is counted up to one past the limit), so the loader passes them on
 * typed, never cast.
 */
export type MarkdownLimitError = { [K in LimitKind]: { readonly kind: K; readonly params: ErrorParams<K> } }[LimitKind];

/** Block quote and list markers opening a line, one container each: `> > - 1. text`. */
const containerMarker = /^ {0,3}(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s)) ?/u;

/**
 * How deep a line's containers nest, counted up to one past the limit (so a long line costs
 * little): its markers, plus its indentation, since list items also nest by indenting the next
 * line by two spaces or more (an overestimate no article text comes near).
 */
function nestingDepth(line: string): number {
  const indent = /^[ \t]*/u.exec(line)![0].replace(/\t/gu, '    ').length;
  let depth = Math.floor(indent / 2);
  let rest = line.trimStart();
  for (let match = containerMarker.exec(rest); match && match[0].length > 0 && depth <= contentLimits.markdownDepth; match = containerMarker.exec(rest)) {
    depth += 1;
    rest = rest.slice(match[0].length).replace(/^\s+/u, '');
  }
  return depth;
}

/** `firstLine` is the file's line number of the body's first line, for the messages. */
export function markdownLimitErrors(body: string, firstLine = 1): MarkdownLimitError[] {
  const errors: MarkdownLimitError[] = [];
  const lines = body.split('\n');
  // Line breaks and tabs are layout; any other control or text-direction character is never printed.
  const control = lines.findIndex((line) => unprintedInText.test(line));
  if (control >= 0) {
    errors.push({ kind: 'bodyControlCharacter', params: { codePoint: codePointName(unprintedInText.exec(lines[control]!)![0]), line: firstLine + control } });
  }
  for (let index = 0; index < lines.length; index += 1) {
    const depth = nestingDepth(lines[index]!);
    if (depth > contentLimits.markdownDepth) {
      errors.push({ kind: 'markdownTooDeep', params: { depth, limit: contentLimits.markdownDepth, line: firstLine + index } });
      break;
    }
  }
  // Escaped marks (\* \_) are text and cost nothing.
  const marks = body.replace(/\\[*_]/gu, '').match(/[*_]/gu)?.length ?? 0;
  if (marks > contentLimits.emphasisMarks) errors.push({ kind: 'tooMuchEmphasis', params: { count: marks, limit: contentLimits.emphasisMarks } });
  // Links, images and footnote references are matched bracket by bracket: 20,000 `[a](` take seconds.
  const brackets = body.replace(/\\\[/gu, '').match(/\[/gu)?.length ?? 0;
  if (brackets > contentLimits.brackets) errors.push({ kind: 'tooManyBrackets', params: { count: brackets, limit: contentLimits.brackets } });
  return errors;
}
