/**
 * What a build's ranking of related stories keeps for the next, beside its content snapshot: each
 * text's words (segmenting is most of the ranking's cost) and each story's term vector (the next
 * ranking compares them to find the stories a change reaches, lib/indexes/related/reach.ts).
 * Missing, damaged or of another format, it is not used: the next build then ranks every story.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { TermCountCache } from '../../indexes/related';
import type { TermVector } from '../../indexes/related/text-index';

/** Bump when the fields change. */
const memoryFormat = 1;

export interface RankingMemory {
  readonly termCounts: TermCountCache;
  readonly vectors: ReadonlyMap<string, TermVector>;
}

interface MemoryFile {
  readonly format: number;
  readonly termCounts: (readonly [string, readonly (readonly [string, number])[]])[];
  readonly vectors: Record<string, [string, number][]>;
}

export const rankingBeside = (snapshot: string) => `${snapshot}.ranking`;

export function readRankingMemory(path: string): RankingMemory | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as MemoryFile;
    if (file.format !== memoryFormat) return undefined;
    return { termCounts: new Map(file.termCounts), vectors: new Map(Object.entries(file.vectors).map(([slug, vector]) => [slug, new Map(vector)])) };
  } catch {
    return undefined;
  }
}

export function writeRankingMemory(path: string, memory: RankingMemory): void {
  const file: MemoryFile = {
    format: memoryFormat,
    termCounts: [...memory.termCounts],
    vectors: Object.fromEntries([...memory.vectors].map(([slug, vector]) => [slug, [...vector]])),
  };
  writeFileSync(path, JSON.stringify(file));
}
