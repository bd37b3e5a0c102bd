/**
 * How the content CLIs report a check: every problem with its file, field and expected form, or
 * one line saying how many articles are valid. Returns the process exit code.
 */
import { formatContentError } from '../../records/errors';
import type { LoadResult } from '../../records/load';

export function reportContentCheck(command: string, root: string, { articles, errors }: LoadResult, startedAt: number): 0 | 1 {
  if (errors.length > 0) {
    const files = new Set(errors.map((error) => error.file));
    console.error(`${command}: ${errors.length} problem(s) in ${files.size} file(s) under ${root}/\n`);
    for (const error of errors) console.error(`  ${formatContentError(error)}`);
    console.error(`\n${articles.length} file(s) are valid; fix the problems above and run again.`);
    return 1;
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
  console.log(`${command}: ${articles.length} article(s) under ${root}/ are valid (${seconds} s)`);
  return 0;
}
