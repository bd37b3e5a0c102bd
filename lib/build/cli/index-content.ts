/**
 * `npm run index:content [DIR]`, the first step of `npm run build`: checks every content file as
 * check:content does, then ranks every article's related stories and writes the build's one
 * snapshot of the archive (lib/api/snapshot.ts) to the path in ARCHIVE_SNAPSHOT, which every
 * later step reads instead of the files. Nothing is written when a file is wrong, so the build
 * stops with every problem listed. Without ARCHIVE_SNAPSHOT it only checks and ranks.
 */
import { writeArchiveSnapshot, snapshotVariable } from '../../api/snapshot';
import { loadArticles } from '../../records/load';
import { rankRelatedStories } from '../../indexes/related';
import { contentRoot } from '../../site/settings';
import { reportContentCheck } from './content-report';

const root = process.argv[2] ?? contentRoot();
const target = process.env[snapshotVariable];
const started = performance.now();
const result = loadArticles(root);
const exitCode = reportContentCheck('index:content', root, result, started);
if (exitCode === 0) {
  const rankedAt = performance.now();
  const related = rankRelatedStories(result.articles);
  const seconds = () => ((performance.now() - rankedAt) / 1000).toFixed(2);
  if (target) writeArchiveSnapshot(target, { contentHash: result.contentHash, articles: result.articles, columns: result.columns, related });
  console.log(`index:content: related stories ranked${target ? `, snapshot ${result.contentHash.slice(0, 12)} written to ${target}` : ''} (${seconds()} s)`);
}
process.exitCode = exitCode;
