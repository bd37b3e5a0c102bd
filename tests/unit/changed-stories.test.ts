/**
 * The stories an incremental build's search update rewrites (lib/build/incremental/changed-stories.ts):
 * found by index:content from the previous snapshot and this build's archive, and handed to the
 * search indexer in a file, so that it never reads the previous snapshot itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedStories, readSearchChanges, writeSearchChanges } from '@/lib/build/incremental/changed-stories';
import { searchDocumentOf } from '@/lib/indexes/search/document';
import type { Article } from '@/lib/records/article';
import { loadGeneratedArchive } from '../support/generated-archive';

const dir = mkdtempSync(join(tmpdir(), 'changed-stories-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { articles, sources } = loadGeneratedArchive(40, 5);
// The archive lists the newest first; stories are numbered from the oldest.
const before = articles.slice(8);
const oldest = before.at(-1)!;
const retitled: Article = { ...oldest, title: '更正后的标题' };

describe('the stories a search update rewrites', () => {
  it('are a new day\'s stories, numbered after the others, and an edited story with the text it was indexed with', () => {
    const now = [...articles.slice(0, -1), retitled];
    const changes = changedStories({ articles: before, sources }, { articles: now, sources: new Map([...sources, [oldest.file, 'edited']]) });
    expect(changes.ok).toBe(true);
    if (!changes.ok) return;
    const { head, body } = searchDocumentOf(oldest);
    expect(changes.changed).toEqual([{ number: 0, before: { head, body } }, ...Array.from({ length: 8 }, (_, i) => ({ number: before.length + i }))]);
    // What the indexer reads back is what index:content found.
    const path = join(dir, 'changes.json');
    writeSearchChanges(path, changes);
    expect(readSearchChanges(path)).toEqual(changes);
  });

  it('are none the index can update when a story was removed: the index is written whole, and the file says why', () => {
    const changes = changedStories({ articles: before, sources }, { articles: before.filter((story) => story !== before[3]), sources });
    expect(changes).toEqual({ ok: false, why: '1 fewer stories than the previous build' });
    const path = join(dir, 'removed.json');
    writeSearchChanges(path, changes);
    expect(readSearchChanges(path)).toEqual(changes);
  });

  it('cannot be read from a damaged file, which fails the build with its path', () => {
    expect(() => readSearchChanges(join(dir, 'none.json'))).toThrow(/the build's search changes .*none\.json cannot be read .*run npm run build again/u);
  });
});
