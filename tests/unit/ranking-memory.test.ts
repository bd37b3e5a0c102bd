import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rankRelatedStories, termVectorsBySlug, textKeysBySlug, type TermCountCache } from '@/lib/indexes/related';
import { decodeTermCounts, type TermCounts } from '@/lib/indexes/related/text-index';
import { readRankingMemory, writeRankingMemory } from '@/lib/build/incremental/ranking-memory';
import { loadGeneratedArchive } from '../support/generated-archive';

const dir = mkdtempSync(join(tmpdir(), 'ranking-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the ranking memory kept for the next build', () => {
  const { articles } = loadGeneratedArchive(120, 3);
  const termCounts: TermCountCache = new Map();
  rankRelatedStories(articles, termCounts);
  const memory = { termCounts, textKeys: textKeysBySlug(articles), vectors: termVectorsBySlug(articles) };

  it('reads back every text\'s words and every story\'s key and vector exactly, in their order', () => {
    const path = join(dir, 'memory');
    writeRankingMemory(path, memory);
    const read = readRankingMemory(path)!;
    // Texts are read back as their encoded bytes, decoded only when a vector is made from them.
    expect([...read.termCounts.values()].every((counts) => counts instanceof Uint8Array)).toBe(true);
    const decoded = (counts: TermCounts | Uint8Array) => (counts instanceof Uint8Array ? decodeTermCounts(Buffer.from(counts).toString()) : counts);
    expect([...read.termCounts].map(([key, counts]) => [key, decoded(counts)])).toEqual([...memory.termCounts]);
    expect([...read.textKeys]).toEqual([...memory.textKeys]);
    // Weights to the last bit: a vector that differs in one is a story ranked again.
    for (const [slug, vector] of memory.vectors) expect([...read.vectors.get(slug)!]).toEqual([...vector]);
    expect(read.vectors.size).toBe(articles.length);
  });

  it('is not used when damaged or of another format, so the next build ranks every story', () => {
    const damaged = join(dir, 'damaged');
    writeFileSync(damaged, '{"format": 5, "texts": {');
    expect(readRankingMemory(damaged)).toBeUndefined();
    const older = join(dir, 'older');
    writeFileSync(older, `${JSON.stringify({ format: 4, texts: {}, stories: {} })}\n`);
    expect(readRankingMemory(older)).toBeUndefined();
    expect(readRankingMemory(join(dir, 'missing'))).toBeUndefined();
  });

  it('writes the texts it read and never decoded as the same bytes, and refuses a file cut short', () => {
    const [first, second] = [join(dir, 'first'), join(dir, 'second')];
    writeRankingMemory(first, memory);
    writeRankingMemory(second, readRankingMemory(first)!);
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    writeFileSync(second, readFileSync(first).subarray(0, -10));
    expect(readRankingMemory(second)).toBeUndefined();
  });
});
