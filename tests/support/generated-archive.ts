/**
 * A generated archive (lib/bench/archive-generator.ts) written to a temporary content folder and
 * read back by the loader, as the build reads content: for tests that need more than the seed's
 * four stories. The folder is removed after the test file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll } from 'vitest';
import { generateArchive, generatedRegistry } from '@/lib/bench/archive-generator';
import { loadArticles, type LoadResult } from '@/lib/records/load';

export function loadGeneratedArchive(count: number, seed: number): LoadResult {
  const dir = mkdtempSync(join(tmpdir(), 'generated-archive-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of generateArchive({ count, seed, source: loadArticles('content').articles })) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), `---\n${yaml.dump(file.frontMatter)}---\n\n${file.body}`);
  }
  writeFileSync(join(dir, 'columns.yaml'), yaml.dump(generatedRegistry(count)));
  return loadArticles(dir);
}
