/**
 * `npm run import -- PAGE.txt --date 2024-04-09 --page 19 [--dry-run] [--force]`: turns the raw
 * text of a newspaper page into content files (lib/importer/), checks them as check:content does
 * before writing anything, writes them under the content root (CONTENT_DIR or content/) and
 * checks the whole archive again. Never overwrites a file unless --force is given.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatContentError } from '../records/errors';
import { loadArticles } from '../records/load';
import { listFiles } from '../records/list-files';
import { importPage, type ImportedFile } from '.';
import { registryWithNewColumns } from './register-columns';
import { loadColumnRegistry, registryFileName } from '../records/column-registry';
import { contentRoot } from '../site/settings';
import { reportContentCheck } from '../build/cli/content-report';

const usage = 'usage: npm run import -- PAGE.txt --date YYYY-MM-DD [--page N] [--dry-run] [--force]';

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

function parsedArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      strict: true,
      options: { date: { type: 'string' }, page: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
    });
  } catch (error) {
    // An unknown option or a missing value: one line and the usage, not a stack trace.
    return fail(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${usage}`);
  }
}

const { values, positionals } = parsedArguments();
const [pageFile] = positionals;
if (!pageFile || !values.date) fail(usage);
if (!/^\d{4}-\d{2}-\d{2}$/u.test(values.date) || Number.isNaN(Date.parse(`${values.date}T00:00:00Z`))) fail(`--date ${values.date} is not a date written YYYY-MM-DD`);
// Decimal digits only: Number() would read 0x13 as 19 and 1e1 as 10.
const page = values.page === undefined ? undefined : /^\d{1,3}$/u.test(values.page) ? Number(values.page) : Number.NaN;
if (page !== undefined && (!Number.isInteger(page) || page < 1)) fail(`--page ${values.page} is not a page number (write it in decimal digits, e.g. 19)`);
if (positionals.length > 1) fail(`one page file at a time, got ${positionals.length}\n${usage}`);
if (!existsSync(pageFile)) fail(`${pageFile}: no such file`);

const root = contentRoot();
const target = (file: ImportedFile) => join(root, file.path);
const registry = loadColumnRegistry(root);
if (registry.errors.length > 0) {
  for (const error of registry.errors) console.error(`  ${formatContentError(error)}`);
  fail(`nothing written: the column registry ${registry.file} has ${registry.errors.length} problem(s); fix them first`);
}
// Slugs used anywhere else in the archive; the files this import would write are its own.
const archiveSlugs = new Map(existsSync(root) ? listFiles(root).filter((path) => path.endsWith('.md')).map((path) => [basename(path, '.md'), path] as const) : []);
const result = importPage(readFileSync(pageFile), {
  date: values.date,
  ...(page !== undefined && { page }),
  isSlugTaken: (slug) => archiveSlugs.has(slug) && archiveSlugs.get(slug) !== join(root, values.date!, `${slug}.md`),
  columns: registry.registry,
});
if (!result.ok) {
  for (const problem of result.problems) console.error(`${pageFile}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
  fail(`nothing written: ${result.problems.length} problem(s) in ${pageFile}`);
}

for (const column of result.newColumns) {
  console.log(`新栏目 ${column.name} → ${column.slug}：请补充简介 (${pageFile}:${column.line}; ${values['dry-run'] ? 'would be added' : 'added'} to ${registry.file})`);
}
const registrySource = result.newColumns.length > 0 ? registryWithNewColumns(registry.source, result.newColumns) : undefined;
for (const file of result.files) {
  const { article } = file;
  console.log(`${values['dry-run'] ? 'would write' : 'writing'} ${target(file)}  (${[article.column, article.title].filter(Boolean).join(' · ')})`);
  if (article.regions.length > 0) console.log(`  regions proposed, confirm them: ${article.regions.map((p) => p.region.fullName).join(', ')}`);
  for (const lines of file.joinedLines) console.log(`  joined lines ${lines.join(' + ')} of ${pageFile} (split by the layout)`);
  if (values['dry-run']) console.log(`\n${file.source}`);
}

// The new files alone must pass the content checks before any of them is written.
const scratch = mkdtempSync(join(tmpdir(), 'import-'));
try {
  if (registry.source || registrySource) writeFileSync(join(scratch, registryFileName), registrySource ?? registry.source);
  for (const file of result.files) {
    mkdirSync(dirname(join(scratch, file.path)), { recursive: true });
    writeFileSync(join(scratch, file.path), file.source);
  }
  const checked = loadArticles(scratch, { publicDir: 'public' });
  if (checked.errors.length > 0) {
    // Named by the lines of the page they came from and the file they would be: the scratch
    // folder is gone by the time the editor reads this.
    const where = new Map(result.files.map((file) => [relative(process.cwd(), join(scratch, file.path)), `${pageFile}:${file.lines[0]}-${file.lines[1]} → ${target(file)}`]));
    for (const error of checked.errors) console.error(`  ${formatContentError({ ...error, file: where.get(error.file) ?? error.file })}`);
    fail(`nothing written: ${checked.errors.length} problem(s) in the files ${pageFile} would become (see above)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (values['dry-run']) process.exit(0);

const existing = result.files.filter((file) => existsSync(target(file)));
if (existing.length > 0 && !values.force) {
  fail(`nothing written: ${existing.map(target).join(', ')} already exist(s); use --force to overwrite`);
}
// The same page imported again under other slugs would print every story twice.
const sameDay = join(root, values.date);
const alreadyThere = existsSync(sameDay) ? loadArticles(sameDay).articles.filter((article) => article.page === page && !result.files.some((file) => file.slug === article.slug)) : [];
if (alreadyThere.length > 0 && !values.force) {
  fail(`nothing written: the archive already holds ${values.date} page ${page ?? '?'} (${alreadyThere.map((a) => a.file).join(', ')}); use --force to import it anyway`);
}
if (registrySource) {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, registryFileName), registrySource);
}
for (const file of result.files) {
  mkdirSync(dirname(target(file)), { recursive: true });
  writeFileSync(target(file), file.source);
}
console.log(`import: wrote ${result.files.length} file(s); checking the archive…`);
const checkStarted = performance.now();
process.exitCode = reportContentCheck('check:content', root, loadArticles(root), checkStarted);
