/**
 * What a build's ranking of related stories keeps for the next, beside its content snapshot: each
 * text's words (segmenting is most of the ranking's cost), and each story's text key and term
 * vector (the next ranking keeps the vectors of the days before its first change, and compares
 * the others to find the stories a change reaches, lib/indexes/related/reach.ts).
 * Missing, damaged or of another format, it is not used: the next build then ranks every story.
 *
 * Every story and every text is one string of its own (words and numbers between tabs): at
 * 10,000 stories the file is read in about half the time the same data took as nested JSON
 * arrays, and the read is on the critical path of every publish (the write comes after the pages are planned).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { TermCountCache } from '../../indexes/related';
import type { TermVector } from '../../indexes/related/text-index';

/** Bump when the fields change. */
const memoryFormat = 2;

export interface RankingMemory {
  readonly termCounts: TermCountCache;
  readonly textKeys: ReadonlyMap<string, string>;
  readonly vectors: ReadonlyMap<string, TermVector>;
}

interface MemoryFile {
  readonly format: number;
  /** Text key → `word\tcount\tword\tcount…`. */
  readonly texts: Record<string, string>;
  /** Slug → `textKey\tterm\tweight\tterm\tweight…` (the weights as JavaScript prints them, which reads back exactly). */
  readonly stories: Record<string, string>;
}

export const rankingBeside = (snapshot: string) => `${snapshot}.ranking`;

/** Alternate fields of a tab-separated line as pairs of a word and its number (none in an empty line). */
function pairsOf(fields: readonly string[], from: number): [string, number][] {
  const pairs: [string, number][] = [];
  for (let at = from; at + 1 < fields.length; at += 2) pairs.push([fields[at]!, Number(fields[at + 1])]);
  return pairs;
}

export function readRankingMemory(path: string): RankingMemory | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as MemoryFile;
    if (file.format !== memoryFormat) return undefined;
    const termCounts: TermCountCache = new Map(Object.entries(file.texts).map(([key, line]) => [key, pairsOf(line.split('\t'), 0)]));
    const textKeys = new Map<string, string>();
    const vectors = new Map<string, TermVector>();
    for (const [slug, line] of Object.entries(file.stories)) {
      const fields = line.split('\t');
      textKeys.set(slug, fields[0]!);
      vectors.set(slug, new Map(pairsOf(fields, 1)));
    }
    return { termCounts, textKeys, vectors };
  } catch {
    return undefined;
  }
}

export function writeRankingMemory(path: string, memory: RankingMemory): void {
  const line = (pairs: Iterable<readonly [string, number]>) => [...pairs].map(([word, value]) => `${word}\t${value}`).join('\t');
  const file: MemoryFile = {
    format: memoryFormat,
    texts: Object.fromEntries([...memory.termCounts].map(([key, counts]) => [key, line(counts)])),
    stories: Object.fromEntries([...memory.vectors].map(([slug, vector]) => [slug, `${memory.textKeys.get(slug) ?? ''}\t${line(vector)}`])),
  };
  writeFileSync(path, JSON.stringify(file));
}
