import { typescriptCommand } from '@/lib/build/publish/typescript-command';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function checkContent(dir: string) {
  const run = spawnSync(...typescriptCommand('lib/build/cli/check-content.ts', dir), { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check:content', () => {
  it('passes the seed content and says how many articles it checked', () => {
    const { status, stdout } = checkContent('content');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^check:content: 4 article\(s\) under content\/ are valid/u);
  });

  it('fails on bad files and prints every problem with file and field', () => {
    const { status, stderr } = checkContent('tests/fixtures/content/invalid');
    expect(status).toBe(1);
    expect(stderr).toContain('check:content: 17 problem(s) in 17 file(s) under tests/fixtures/content/invalid/');
    expect(stderr).toContain('tests/fixtures/content/invalid/unknown-column/article.md: column: unknown column "深度观察"');
    expect(stderr).toContain('tests/fixtures/content/invalid/bad-date/article.md: date: expected a real date');
  }, 20_000);
});
