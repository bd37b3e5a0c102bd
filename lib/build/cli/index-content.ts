/**
 * `npm run index:content [DIR]`, the first step of `npm run build`: checks every content file as
 * check:content does, then ranks every article's related stories and writes the build's one
 * snapshot of the archive (lib/api/snapshot.ts) to the path in ARCHIVE_SNAPSHOT, which every
 * later step reads instead of the files. Nothing is written when a file is wrong, so the build
 * stops with every problem listed. Without ARCHIVE_SNAPSHOT it only checks and ranks.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { readArchiveSnapshot, reusableRecords, writeArchiveSnapshotBeside, snapshotVariable, type ArchiveSnapshot } from '../../api/snapshot';
import { adoptWrittenSnapshot } from '../../api/archive';
import { staticPageDigests } from '../../api/pages';
import { loadArticles } from '../../records/load';
import { rankRelatedStories, termVectorsBySlug, textKeysBySlug } from '../../indexes/related';
import { contentRoot } from '../../site/settings';
import { rankingBeside, readRankingMemory, writeRankingMemory } from '../incremental/ranking-memory';
import { changedStories, writeSearchChanges } from '../incremental/changed-stories';
import { reportContentCheck } from './content-report';

const root = process.argv[2] ?? contentRoot();
const target = process.env[snapshotVariable];
/**
 * An incremental build's previous snapshot, whose records are reused for unchanged files and whose
 * related lists are kept for the stories no change reaches.
 */
const previous = process.env.PREVIOUS_SNAPSHOT;
/** Where to write the stories the search index must update (lib/build/incremental/changed-stories.ts), in an incremental build. */
const searchChangesTarget = process.env.SEARCH_CHANGES;
/** Where to write every page's digest (lib/api/static-pages.ts), once the snapshot is written. */
const digestsTarget = process.env.PAGE_DIGESTS;
const started = performance.now();
const previousSnapshot = previous ? readArchiveSnapshot(previous) : undefined;
const result = loadArticles(root, previousSnapshot ? { reuse: reusableRecords(previousSnapshot) } : {});
const exitCode = reportContentCheck('index:content', root, result, started);
if (exitCode === 0) {
  const rankedAt = performance.now();
  const memory = previous ? readRankingMemory(rankingBeside(previous)) : undefined;
  const termCounts = memory?.termCounts ?? new Map();
  const previousRanking = previousSnapshot && memory && { articles: previousSnapshot.articles, vectors: memory.vectors, textKeys: memory.textKeys, related: previousSnapshot.related };
  const related = rankRelatedStories(result.articles, termCounts, previousRanking);
  const seconds = () => ((performance.now() - rankedAt) / 1000).toFixed(2);
  const snapshot = { contentHash: result.contentHash, articles: result.articles, columns: result.columns, related, sources: result.sources };
  // Its bytes are written while the pages are digested below. It makes the folder the ranking's
  // memory is kept in beside it.
  const written = target ? writeArchiveSnapshotBeside(target, snapshot) : Promise.resolve();
  // For the search indexer, which then reads only this snapshot, never the previous one.
  if (searchChangesTarget && previousSnapshot) writeSearchChanges(searchChangesTarget, changedStories(previousSnapshot, result));
  console.log(`index:content: related stories ranked${target ? `, snapshot ${result.contentHash.slice(0, 12)} being written to ${target}` : ''} (${seconds()} s)`);
  const digestedAt = performance.now();
  const digests = target && digestsTarget ? pageDigests(target, snapshot) : undefined;
  // The snapshot whole before the digests are there: the build plans the pages, and Next renders
  // them from the snapshot, as soon as the digests' file is renamed into place (build-site.ts).
  await written;
  if (digestsTarget && digests !== undefined) {
    writeFileSync(`${digestsTarget}.tmp`, digests);
    renameSync(`${digestsTarget}.tmp`, digestsTarget);
    console.log(`index:content: pages digested (${((performance.now() - digestedAt) / 1000).toFixed(2)} s)`);
  }
  // Last: only the next build reads it, and this one renders its pages meanwhile.
  if (target) writeRankingMemory(rankingBeside(target), { termCounts, textKeys: textKeysBySlug(result.articles), vectors: termVectorsBySlug(result.articles) });
}
process.exitCode = exitCode;

/** Every page's digest as JSON, read through the API over the snapshot being written (adopted, not read back). */
function pageDigests(path: string, snapshot: ArchiveSnapshot): string {
  process.env[snapshotVariable] = path;
  adoptWrittenSnapshot(path, snapshot);
  return JSON.stringify(Object.fromEntries(staticPageDigests()));
}
