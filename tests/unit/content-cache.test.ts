import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readArchiveCache, writeArchiveCache } from '@/lib/api/cache';
import { loadArticles } from '@/lib/records/load';
import type { Slug } from '@/lib/api';

let root: string;
let cacheDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
  cpSync('tests/fixtures/content/valid', root, { recursive: true });
  vi.stubEnv('CONTENT_CACHE_DIR', cacheDir);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

function writeCache() {
  const { articles } = loadArticles(root);
  const related = new Map([[articles[0]!.slug as string, [{ slug: articles[1]!.slug as Slug, reason: '编辑推荐' }]]]);
  writeArchiveCache(root, { articles, related });
  return articles;
}

describe('the archive cache', () => {
  it('gives back the parsed articles, with their regions as the shared division records', () => {
    const articles = writeCache();
    const cached = readArchiveCache(root)!;
    expect(cached.articles).toEqual(articles);
    const withRegion = cached.articles.find((article) => article.regions.length > 0)!;
    expect(withRegion.regions[0]!.fullName).toMatch(/省|市/u);
    expect(cached.related.get(articles[0]!.slug)).toEqual([{ slug: articles[1]!.slug, reason: '编辑推荐' }]);
  });

  it('is stale once a file is edited, added or removed, so old text is never served', () => {
    writeCache();
    const file = loadArticles(root).articles[0]!.file;
    const path = file.startsWith('/') ? file : join(process.cwd(), file);
    // An editor fixes a typo: same length, so only the modification time tells.
    writeFileSync(path, readFileSync(path, 'utf8').replace('。', '！'));
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(readArchiveCache(root)).toBeUndefined();

    writeCache();
    writeFileSync(join(root, 'new-story.md'), '---\ntitle: 新\ndate: 2024-04-10\n---\n\n正文。\n');
    expect(readArchiveCache(root)).toBeUndefined();

    rmSync(join(root, 'new-story.md'));
    writeCache();
    expect(readArchiveCache(root)).toBeDefined();
  });

  it('is absent rather than wrong when the file is missing or damaged', () => {
    expect(readArchiveCache(root)).toBeUndefined();
    writeCache();
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name!), '{"format":');
    expect(readArchiveCache(root)).toBeUndefined();
  });
});
