/**
 * `npm run check:content [DIR]`: validates every content file and prints every problem at once,
 * each with the file, the field and what was expected. Exit code 1 when anything is wrong.
 */
import { loadArticles } from '../content/load';
import { formatContentError } from '../content/errors';
import { contentRoot } from '../site';

const root = process.argv[2] ?? contentRoot();
const started = performance.now();
const { articles, errors } = loadArticles(root);
const files = new Set(errors.map((error) => error.file));

if (errors.length > 0) {
  console.error(`check:content: ${errors.length} problem(s) in ${files.size} file(s) under ${root}/\n`);
  for (const error of errors) console.error(`  ${formatContentError(error)}`);
  console.error(`\n${articles.length} file(s) are valid; fix the problems above and run again.`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(`check:content: ${articles.length} article(s) under ${root}/ are valid (${seconds} s)`);
