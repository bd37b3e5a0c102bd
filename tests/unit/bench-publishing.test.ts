/**
 * The bench's new day is the day after the archive's newest, wherever that day's folder is: the
 * bench keeps the seed page in seed/2024-04-09/, after every generated day. A day before it would
 * be a back-filled day, which renumbers stories and measures a whole search index, not a day's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { addNextStories } from '@/lib/bench/publishing';
import { typescriptCommand } from '@/lib/build/publish/typescript-command';

const archive = mkdtempSync(join(tmpdir(), 'rmrb-bench-day-'));
afterAll(() => rmSync(archive, { recursive: true, force: true }));

it('prints the next day after the newest day folder at any depth', () => {
  execFileSync(...typescriptCommand('lib/bench/gen-archive.ts', '--count', '96', '--out', archive), { stdio: 'ignore' });
  cpSync('content', join(archive, 'seed'), { recursive: true, filter: (path) => !path.endsWith('columns.yaml') });
  const added = addNextStories(archive, 96);
  expect(added).toHaveLength(8);
  expect(new Set(added.map((path) => relative(archive, dirname(path))))).toEqual(new Set(['2024-04-10']));
});
