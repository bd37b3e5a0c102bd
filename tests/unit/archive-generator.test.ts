import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveStart, generateArchive, generatedColumns, generatedRegistry } from '@/lib/bench/archive-generator';
import { loadArticles } from '@/lib/records/load';

const { articles: source } = loadArticles('content');
const dir = mkdtempSync(join(tmpdir(), 'archive-'));
const files = [...generateArchive({ count: 120, seed: 7, source })];
for (const file of files) {
  mkdirSync(dirname(join(dir, file.path)), { recursive: true });
  writeFileSync(join(dir, file.path), `---\n${yaml.dump(file.frontMatter)}---\n\n${file.body}`);
}
writeFileSync(join(dir, 'columns.yaml'), yaml.dump(generatedRegistry(120)));
const { articles, errors, columns } = loadArticles(dir);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the archive generator', () => {
  it('writes valid articles in the content contract, one per file', () => {
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(120);
  });

  it('spreads them over dates, pages, every column, series parts and regions at every level', () => {
    expect(new Set(articles.map((a) => a.date)).size).toBe(15);
    expect(new Set(articles.map((a) => a.page))).toEqual(new Set([18, 19]));
    // The seed's three columns run throughout; the others one after another, each for a stretch, then stopped.
    expect(new Set(articles.map((a) => a.column?.name))).toEqual(new Set([...generatedColumns.map((c) => c.name).slice(0, 3), ...columns.columns.slice(3).map((c) => c.name), undefined]));
    expect(columns.columns.map((c) => c.name)).toEqual(generatedColumns.slice(0, columns.columns.length).map((c) => c.name));
    expect(columns.columns.length).toBeGreaterThan(10);
    expect(columns.columns.filter((c) => c.until !== undefined).length).toBeGreaterThan(5);
    expect(columns.columns.slice(0, 3).every((c) => c.until === undefined)).toBe(true);
    expect(new Set(articles.flatMap((a) => (a.series?.part ? [a.series.part] : []))).size).toBeGreaterThan(1);
    expect(new Set(articles.flatMap((a) => a.regions.map((r) => r.level)))).toEqual(new Set(['province', 'city', 'county']));
    expect(articles.some((a) => a.figures.length > 0)).toBe(true);
  });

  it('makes the same archive from the same seed', () => {
    expect([...generateArchive({ count: 120, seed: 7, source })]).toEqual(files);
    expect([...generateArchive({ count: 120, seed: 8, source })]).not.toEqual(files);
  });

  it('writes only real past dates at any size, 100,000 stories included, never on the seed page’s day', () => {
    expect(archiveStart(10_000)).toBe('2019-01-01');
    let [first, last] = ['9999', '0000'];
    for (const file of generateArchive({ count: 100_000, seed: 1, source })) {
      const date = file.frontMatter.date as string;
      if (date < first) first = date;
      if (date > last) last = date;
    }
    expect([first, last]).toEqual([archiveStart(100_000), '2024-04-08']);
    expect(first > '1948-06-15').toBe(true);
    const registry = generatedRegistry(100_000);
    expect(registry.columns.every((column) => column.since! >= first && (column.until ?? last) <= last)).toBe(true);
  });
});
