/**
 * What a story puts into the text postings (index-format.ts): every run of one to four folded
 * characters of its head and body, with where each starts, and the payload its entry carries in
 * a posting (after the gap to the previous number). The full writer and the incremental update
 * both write entries through here, so an updated posting is the one a full build writes.
 */
import { foldText, separator } from './fold';
import type { IndexedText } from './document';
import { ByteReader, ByteWriter, positionedRunLength } from './index-format';

/** Runs of one to four characters in one stream (by length - 1), with the positions where they start. */
type Runs = readonly Map<string, number[]>[];

function runsOf(text: string): Runs {
  const { chars } = foldText(text);
  const runs: Runs = Array.from({ length: positionedRunLength }, () => new Map<string, number[]>());
  for (let i = 0; i < chars.length; i += 1) {
    let key = '';
    for (let length = 0; length < positionedRunLength; length += 1) {
      const char = chars[i + length];
      if (char === undefined || char === separator) break;
      key += char;
      const positions = runs[length]!.get(key);
      if (positions) positions.push(i);
      else runs[length]!.set(key, [i]);
    }
  }
  return runs;
}

const none: readonly number[] = [];

/**
 * Calls `visit` once for every run of the story's head and body, with its positions in each
 * stream; `positioned` is true for runs of four characters, whose positions are indexed too.
 */
export function visitRuns(document: IndexedText, visit: (key: string, inHead: readonly number[], inBody: readonly number[], positioned: boolean) => void): void {
  const head = runsOf(document.head);
  const body = runsOf(document.body);
  for (let length = 0; length < positionedRunLength; length += 1) {
    const positioned = length === positionedRunLength - 1;
    for (const [key, inHead] of head[length]!) visit(key, inHead, body[length]!.get(key) ?? none, positioned);
    for (const [key, inBody] of body[length]!) if (!head[length]!.has(key)) visit(key, none, inBody, positioned);
  }
}

/** The payload of a count entry (g and a postings): occurrences in the head and in the body. */
export function writeCounts(out: ByteWriter, head: number, body: number): void {
  out.varint(head);
  out.varint(body);
}

/** The payload of a positions entry (p postings): both counts, then each stream's positions as gaps. */
export function writePositions(out: ByteWriter, head: readonly number[], body: readonly number[]): void {
  out.varint(head.length);
  out.varint(body.length);
  for (const list of [head, body]) {
    let previous = 0;
    for (const position of list) {
      out.varint(position - previous);
      previous = position;
    }
  }
}

/** Skips one entry's payload, of counts or of positions. */
export function skipPayload(reader: ByteReader, positioned: boolean): void {
  const head = reader.varint();
  const body = reader.varint();
  if (positioned) for (let i = head + body; i > 0; i -= 1) reader.varint();
}

/** Every run of characters within each name (names are short: at most 30 characters by the content contract). */
export function nameRunsOf(names: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (const name of names) {
    const { chars } = foldText(name);
    for (let start = 0; start < chars.length; start += 1) {
      let key = '';
      for (let end = start; end < chars.length && chars[end] !== separator; end += 1) {
        key += chars[end];
        runs.add(key);
      }
    }
  }
  return runs;
}
