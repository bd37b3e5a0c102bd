/**
 * What a build's ranking of related stories keeps for the next, beside its content snapshot: each
 * text's words (segmenting is most of the ranking's cost), each story's text key and term vector
 * (the next ranking keeps the vectors of the days no change reweighs, and compares the others to
 * find the stories a change reaches, lib/indexes/related/reach.ts).
 * Missing, damaged or of another format, it is not used: the next build then ranks every story.
 *
 * One line of JSON, then the texts' words as UTF-8 bytes (lib/api/line-and-bytes.ts), as the snapshot holds bodies
 * (lib/api/snapshot.ts). Every story is one string (words and numbers between tabs): at 10,000
 * stories that read in about half the time of nested JSON arrays. A text's words are its bytes
 * until its day's weights need them (a new day reads a thousand texts or so), and a text kept is
 * written as the bytes it was read from: at 100,000 stories, 250 MB of texts made into strings
 * and back on every publish was a fifth of `index:content`'s time.
 */
import { existsSync } from 'node:fs';
import { readLineAndBytes, writeLineAndBytes } from '../../api/line-and-bytes';
import { decodeTermCounts, encodeTermCounts, type TermCountCache, type TermVector } from '../../indexes/related/text-index';

/** Bump when the fields change. */
const memoryFormat = 5;

export interface RankingMemory {
  readonly termCounts: TermCountCache;
  readonly textKeys: ReadonlyMap<string, string>;
  readonly vectors: ReadonlyMap<string, TermVector>;
}

interface MemoryFile {
  readonly format: number;
  /** The texts' keys, in the order of their words' bytes after the JSON line. */
  readonly texts: readonly string[];
  /** The byte length of each text's words (`word\tcount\tword\tcount…`, encodeTermCounts). */
  readonly textBytes: readonly number[];
  /** Slug → `textKey\tterm\tweight\tterm\tweight…` (the weights as JavaScript prints them, which reads back exactly). */
  readonly stories: Record<string, string>;
}

export const rankingBeside = (snapshot: string) => `${snapshot}.ranking`;

export function readRankingMemory(path: string): RankingMemory | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const { line, bytes } = readLineAndBytes(path);
    const file = JSON.parse(line) as MemoryFile;
    if (file.format !== memoryFormat) return undefined;
    const termCounts: TermCountCache = new Map();
    let at = 0;
    file.texts.forEach((key, index) => {
      const end = at + file.textBytes[index]!;
      termCounts.set(key, bytes.subarray(at, end));
      at = end;
    });
    // Fewer bytes than listed is a damaged file.
    if (at !== bytes.length) return undefined;
    const textKeys = new Map<string, string>();
    const vectors = new Map<string, TermVector>();
    for (const [slug, line] of Object.entries(file.stories)) {
      const tab = line.indexOf('\t');
      textKeys.set(slug, tab < 0 ? line : line.slice(0, tab));
      vectors.set(slug, new Map(tab < 0 ? [] : decodeTermCounts(line.slice(tab + 1))));
    }
    return { termCounts, textKeys, vectors };
  } catch {
    return undefined;
  }
}

export function writeRankingMemory(path: string, memory: RankingMemory): void {
  const encoded = (counts: Iterable<readonly [string, number]>) => encodeTermCounts([...counts]);
  // A text never decoded this build is written as the bytes it was read from.
  const texts = [...memory.termCounts].map(([key, counts]) => [key, counts instanceof Uint8Array ? counts : Buffer.from(encoded(counts))] as const);
  const file: MemoryFile = {
    format: memoryFormat,
    texts: texts.map(([key]) => key),
    textBytes: texts.map(([, bytes]) => bytes.length),
    stories: Object.fromEntries([...memory.vectors].map(([slug, vector]) => [slug, `${memory.textKeys.get(slug) ?? ''}\t${encoded(vector)}`])),
  };
  writeLineAndBytes(path, JSON.stringify(file), texts.map(([, bytes]) => bytes));
}
