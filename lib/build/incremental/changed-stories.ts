/**
 * Which stories the search index must update (lib/indexes/search/index-update.ts), from the
 * previous build's snapshot and this build's archive: a story is changed when its file's bytes
 * are (the records of unchanged bytes are the same, as the loader's reuse relies on), and new when
 * it stands past every story of the previous build. Numbers count from the oldest, so this holds
 * only while the previous build's stories keep their order at the start of the archive: a new day
 * or edits in place. Anything else (a story removed, one printed before the newest day added)
 * renumbers stories, and the index is written whole.
 *
 * index:content finds them, as it holds both archives, and writes them for the search indexer
 * (writeSearchChanges), with the changed stories' text as the previous build indexed it: the
 * indexer then never reads the previous snapshot (650 MB at 100,000 stories, 4 CPU-seconds at the
 * start of every publish, beside index:content).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Article } from '../../api';
import { searchDocumentOf } from '../../indexes/search/document';
import type { ChangedStory } from '../../indexes/search/index-update';

export interface StoriesWithSources {
  /** Newest first, as the archive lists them. */
  readonly articles: readonly Article[];
  readonly sources: ReadonlyMap<string, string>;
}

export type SearchChanges = { readonly ok: true; readonly changed: readonly ChangedStory[] } | { readonly ok: false; readonly why: string };

export function changedStories(previous: StoriesWithSources, now: StoriesWithSources): SearchChanges {
  const before = [...previous.articles].reverse();
  const after = [...now.articles].reverse();
  if (after.length < before.length) return { ok: false, why: `${before.length - after.length} fewer stories than the previous build` };
  const moved = before.findIndex((article, number) => after[number]!.file !== article.file);
  if (moved >= 0) return { ok: false, why: `${before[moved]!.file} no longer stands where it stood (a story removed, or one printed before the newest day)` };
  const changed: ChangedStory[] = [];
  before.forEach((article, number) => {
    if (previous.sources.get(article.file) !== now.sources.get(article.file)) {
      const { head, body } = searchDocumentOf(article);
      changed.push({ number, before: { head, body } });
    }
  });
  for (let number = before.length; number < after.length; number += 1) changed.push({ number });
  return { ok: true, changed };
}

/** Written beside and renamed: the search indexer waits for the file and must never read half of it. */
export function writeSearchChanges(path: string, changes: SearchChanges): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(changes));
  renameSync(`${path}.tmp`, path);
}

export function readSearchChanges(path: string): SearchChanges {
  let changes: SearchChanges;
  try {
    changes = JSON.parse(readFileSync(path, 'utf8')) as SearchChanges;
  } catch (error) {
    throw new Error(`the build's search changes ${path} cannot be read (${error instanceof Error ? error.message : String(error)}); run npm run build again`);
  }
  if (changes.ok ? !Array.isArray(changes.changed) : typeof changes.why !== 'string') throw new Error(`the build's search changes ${path} are not in the expected form; run npm run build again`);
  return changes;
}
