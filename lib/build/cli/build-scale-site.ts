/**
 * `npm run build:scale`: the site as it will be in a few months, for the end-to-end smoke test
 * (tests/e2e/scale-smoke.spec.ts): a generated archive of 300 articles (lib/bench/archive-generator.ts)
 * plus two pages imported with `npm run import` (tests/fixtures/import/crafted-page.txt, and
 * new-columns-page.txt the day after, which prints three columns the registry lacks), built
 * with the real build into test-results/scale-site/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { typescriptCommand } from '../publish/typescript-command';

const archive = 'test-results/scale-archive';
const site = 'test-results/scale-site';
const run = (command: string, args: readonly string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, CONTENT_DIR: archive, ...env } });

rmSync(archive, { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
run(...typescriptCommand('lib/bench/gen-archive.ts', '--count', '300', '--out', archive));
run(...typescriptCommand('lib/importer/import-page.ts', 'tests/fixtures/import/crafted-page.txt', '--date', '2024-05-20', '--page', '11'));
// The next day's page prints three columns the registry lacks: the import registers them, no code changes.
run(...typescriptCommand('lib/importer/import-page.ts', 'tests/fixtures/import/new-columns-page.txt', '--date', '2024-05-21', '--page', '11'));
run('npm', ['run', 'build', '--', '--out', site]);
console.log(`build:scale: ${archive}/ built into ${site}/`);
