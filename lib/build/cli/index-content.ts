/**
 * `npm run index:content [DIR]`, the first step of `npm run build`: checks every content file as
 * check:content does, then ranks every article's related stories and writes the parsed archive
 * to the cache the page workers read (lib/api/cache.ts). Nothing is written when a file is
 * wrong, so the build stops with every problem listed.
 */
import { writeArchiveCache } from '../../api/cache';
import { loadArticles } from '../../records/load';
import { relatedLinks } from '../../indexes/related';
import { contentRoot } from '../../records/site';
import { reportContentCheck } from './content-report';

const root = process.argv[2] ?? contentRoot();
const started = performance.now();
const result = loadArticles(root);
const exitCode = reportContentCheck('index:content', root, result, started);
if (exitCode === 0) {
  const rankedAt = performance.now();
  const related = new Map(result.articles.map((article) => [article.slug as string, relatedLinks(result.articles, article)]));
  const seconds = () => ((performance.now() - rankedAt) / 1000).toFixed(2);
  try {
    const path = writeArchiveCache(root, { articles: result.articles, related });
    console.log(`index:content: related stories ranked and the archive cached in ${path} (${seconds()} s)`);
  } catch (error) {
    // A read-only checkout still builds: each page worker then parses the content itself.
    console.warn(`index:content: could not write the archive cache (${error instanceof Error ? error.message : String(error)}); the build will parse the content in each worker (${seconds()} s)`);
  }
}
process.exitCode = exitCode;
