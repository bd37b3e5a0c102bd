/**
 * `npm run check:content [DIR]`: validates every content file and prints every problem at once,
 * each with the file, the field and what was expected. Exit code 1 when anything is wrong.
 */
import { loadArticles } from '../../records/load';
import { contentRoot } from '../../site/settings';
import { reportContentCheck } from './content-report';

const root = process.argv[2] ?? contentRoot();
const started = performance.now();
process.exitCode = reportContentCheck('check:content', root, loadArticles(root), started);
