/**
 * Which stories the search index must update (lib/indexes/search/index-update.ts), from the
 * previous build's snapshot and this build's archive: a story is changed when its file's bytes
 * are (the records of unchanged bytes are the same, as the loader's reuse relies on), and new when
 * it stands past every story of the previous build. Numbers count from the oldest, so this holds
 * only while the previous build's stories keep their order at the start of the archive: a new day
 * or edits in place. Anything else (a story removed, one printed before the newest day added)
 * renumbers stories, and the index is written whole.
 */
import type { Article } from '../../api';
import { searchDocumentOf } from '../../indexes/search/document';
import type { ChangedStory } from '../../indexes/search/index-update';

export interface StoriesWithSources {
  /** Newest first, as the archive lists them. */
  readonly articles: readonly Article[];
  readonly sources: ReadonlyMap<string, string>;
}

export function changedStories(previous: StoriesWithSources, now: StoriesWithSources): { ok: true; changed: ChangedStory[] } | { ok: false; why: string } {
  const before = [...previous.articles].reverse();
  const after = [...now.articles].reverse();
  if (after.length < before.length) return { ok: false, why: `${before.length - after.length} fewer stories than the previous build` };
  const moved = before.findIndex((article, number) => after[number]!.file !== article.file);
  if (moved >= 0) return { ok: false, why: `${before[moved]!.file} no longer stands where it stood (a story removed, or one printed before the newest day)` };
  const changed: ChangedStory[] = [];
  before.forEach((article, number) => {
    if (previous.sources.get(article.file) !== now.sources.get(article.file)) changed.push({ number, before: searchDocumentOf(article) });
  });
  for (let number = before.length; number < after.length; number += 1) changed.push({ number });
  return { ok: true, changed };
}
