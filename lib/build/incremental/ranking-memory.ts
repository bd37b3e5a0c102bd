/**
 * What a build's ranking of related stories keeps for the next, beside its content snapshot: each
 * text's words (segmenting is most of the ranking's cost), each story's text key and term vector
 * (the next ranking keeps the vectors of the days before its first change, and compares the
 * others to find the stories a change reaches, lib/indexes/related/reach.ts).
 * Missing, damaged or of another format, it is not used: the next build then ranks every story.
 *
 * Every story and every text is one string of its own (words and numbers between tabs): at
 * 10,000 stories the file is read in about half the time the same data took as nested JSON
 * arrays, and the read is on the critical path of every publish (the write comes after the pages
 * are planned). A text's words stay that string until its day's weights need them: a new day
 * reads a thousand texts or so, and at 100,000 stories decoding every text was 10 million pairs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { decodeTermCounts, encodeTermCounts, type TermCountCache, type TermVector } from '../../indexes/related/text-index';

/** Bump when the fields change. */
const memoryFormat = 4;

export interface RankingMemory {
  readonly termCounts: TermCountCache;
  readonly textKeys: ReadonlyMap<string, string>;
  readonly vectors: ReadonlyMap<string, TermVector>;
}

interface MemoryFile {
  readonly format: number;
  /** Text key → `word\tcount\tword\tcount…` (encodeTermCounts). */
  readonly texts: Record<string, string>;
  /** Slug → `textKey\tterm\tweight\tterm\tweight…` (the weights as JavaScript prints them, which reads back exactly). */
  readonly stories: Record<string, string>;
}

export const rankingBeside = (snapshot: string) => `${snapshot}.ranking`;

export function readRankingMemory(path: string): RankingMemory | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as MemoryFile;
    if (file.format !== memoryFormat) return undefined;
    const termCounts: TermCountCache = new Map(Object.entries(file.texts));
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
  const file: MemoryFile = {
    format: memoryFormat,
    // A text never decoded this build is written as it was read.
    texts: Object.fromEntries([...memory.termCounts].map(([key, counts]) => [key, typeof counts === 'string' ? counts : encoded(counts)])),
    stories: Object.fromEntries([...memory.vectors].map(([slug, vector]) => [slug, `${memory.textKeys.get(slug) ?? ''}\t${encoded(vector)}`])),
  };
  writeFileSync(path, JSON.stringify(file));
}
