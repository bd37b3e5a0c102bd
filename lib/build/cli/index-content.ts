/**
 * `npm run index:content [DIR]`, the first step of `npm run build`: checks every content file as
 * check:content does, then ranks every article's related stories and writes the build's one
 * snapshot of the archive (lib/api/snapshot.ts) to the path in ARCHIVE_SNAPSHOT, which every
 * later step reads instead of the files. Nothing is written when a file is wrong, so the build
 * stops with every problem listed. Without ARCHIVE_SNAPSHOT it only checks and ranks.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readArchiveSnapshot, reusableRecords, writeArchiveSnapshot, snapshotVariable } from '../../api/snapshot';
import { staticPageDigests } from '../../api/pages';
import { loadArticles } from '../../records/load';
import { rankRelatedStories, type TermCountCache } from '../../indexes/related';
import { contentRoot } from '../../site/settings';
import { termsBeside } from '../incremental/state';
import { reportContentCheck } from './content-report';

const root = process.argv[2] ?? contentRoot();
const target = process.env[snapshotVariable];
/** An incremental build's previous snapshot, whose records are reused for unchanged files. */
const previous = process.env.PREVIOUS_SNAPSHOT;
/** Where to write every page's digest (lib/api/static-pages.ts), once the snapshot is written. */
const digestsTarget = process.env.PAGE_DIGESTS;
const started = performance.now();
const result = loadArticles(root, previous ? { reuse: reusableRecords(readArchiveSnapshot(previous)) } : {});
const exitCode = reportContentCheck('index:content', root, result, started);
if (exitCode === 0) {
  const rankedAt = performance.now();
  const termCounts: TermCountCache = previous && existsSync(termsBeside(previous)) ? new Map(JSON.parse(readFileSync(termsBeside(previous), 'utf8')) as [string, [string, number][]][]) : new Map();
  const related = rankRelatedStories(result.articles, termCounts);
  const seconds = () => ((performance.now() - rankedAt) / 1000).toFixed(2);
  if (target) {
    // The snapshot first: it makes the folder the words are kept in beside it.
    writeArchiveSnapshot(target, { contentHash: result.contentHash, articles: result.articles, columns: result.columns, related, sources: result.sources });
    writeFileSync(termsBeside(target), JSON.stringify([...termCounts]));
  }
  console.log(`index:content: related stories ranked${target ? `, snapshot ${result.contentHash.slice(0, 12)} written to ${target}` : ''} (${seconds()} s)`);
  if (target && digestsTarget) {
    // The pages' digests are read through the API, over the snapshot just written, as the pages read it.
    process.env[snapshotVariable] = target;
    const digestedAt = performance.now();
    writeFileSync(digestsTarget, JSON.stringify(Object.fromEntries(staticPageDigests())));
    console.log(`index:content: pages digested (${((performance.now() - digestedAt) / 1000).toFixed(2)} s)`);
  }
}
process.exitCode = exitCode;
