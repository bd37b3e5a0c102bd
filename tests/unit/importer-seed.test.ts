/**
 * Importing the seed page reproduces the curated content/ files: the same body, and the same
 * front-matter in every field the importer can infer. Tags and curated related links are an
 * editor's choices; regions are proposals for the editor to confirm, so the test requires every
 * curated region among them and reports the extra ones.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/api';
import { loadArticles } from '@/lib/records/load';
import { loadColumnRegistry } from '@/lib/records/column-registry';
import { importPage } from '@/lib/importer';

const curated = loadArticles('content').articles.filter((article) => article.date === '2024-04-09' && article.page === 19);
const result = importPage(readFileSync('tests/fixtures/seed/rmrb-2024-04-09-p19.txt'), { date: '2024-04-09', page: 19, columns: loadColumnRegistry('content').registry });
const root = mkdtempSync(join(tmpdir(), 'import-seed-'));
// The archive's own registry, as the import finds it in the content folder.
cpSync('content/columns.yaml', join(root, 'columns.yaml'));
if (result.ok) {
  for (const file of result.files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.source);
  }
}
const imported = loadArticles(root);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const inferred = ['title', 'kicker', 'subtitle', 'column', 'series', 'byline', 'authors', 'date', 'page', 'position', 'figures', 'headings', 'html'] as const;

function differences(mine: Article, theirs: Article): string[] {
  const found: string[] = [];
  for (const field of inferred) {
    const [a, b] = [JSON.stringify(mine[field]), JSON.stringify(theirs[field])];
    if (a !== b) found.push(`${theirs.slug}.${field}: imported ${a?.slice(0, 120)} ≠ curated ${b?.slice(0, 120)}`);
  }
  const proposed = new Set(mine.regions.map((region) => region.code));
  for (const region of theirs.regions) if (!proposed.has(region.code)) found.push(`${theirs.slug}.regions: ${region.fullName} not proposed`);
  return found;
}

describe('importing the seed page', () => {
  it('succeeds and writes files that pass the content checks', () => {
    expect(result.ok).toBe(true);
    expect(imported.errors).toEqual([]);
    expect(imported.articles).toHaveLength(curated.length);
  });

  it('reproduces the curated files field by field, bodies identical', () => {
    const found = curated.flatMap((theirs) => {
      const mine = imported.articles.find((article) => article.position === theirs.position);
      return mine ? differences(mine, theirs) : [`${theirs.slug}: no imported article at position ${theirs.position}`];
    });
    expect(found).toEqual([]);
  });

  it('proposes the curated regions first, and lists what else it found for the editor', () => {
    const extras = curated.map((theirs) => {
      const mine = imported.articles.find((article) => article.position === theirs.position)!;
      expect(mine.regions[0]?.code, theirs.slug).toBe(theirs.regions[0]?.code);
      return `${theirs.slug}: ${mine.regions.filter((region) => !theirs.regions.some((r) => r.code === region.code)).map((r) => r.name).join(', ') || '—'}`;
    });
    console.log(`Regions proposed beyond the curated ones:\n  ${extras.join('\n  ')}`);
  });
});
