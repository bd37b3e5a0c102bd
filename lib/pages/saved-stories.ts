/**
 * 收藏: the stories a reader saved, kept on the reader's device only (localStorage; no account,
 * no server), newest first. What a saved story shows in 我的收藏 is stored with it, so the list
 * needs no network. The pages themselves are kept in the Cache API (offlineCaches.saved), where
 * the service worker (lib/pages/offline/service-worker.ts) finds them without a connection.
 */
export interface SavedStory {
  /** The article's path, e.g. /articles/x/. */
  readonly path: string;
  readonly title: string;
  readonly column: string;
  /** The printed edition line, e.g. 人民日报 2024年4月9日 第19版. */
  readonly edition: string;
  /** When the reader saved it (ISO 8601). */
  readonly savedAt: string;
}

export const savedStorageKey = 'reader-saved';

/** The caches the pages and the service worker share; a build's precache is Serwist's own. */
export const offlineCaches = {
  /** Pages as the reader opened them (network first, the copy used offline). */
  pages: 'rmrb-pages',
  /** Saved stories' pages and their 繁體 dictionaries, kept until the reader removes them. */
  saved: 'rmrb-saved',
  /** Content-hashed scripts and styles outside the precache. */
  assets: 'rmrb-assets',
} as const;

const isSavedStory = (value: unknown): value is SavedStory => {
  if (typeof value !== 'object' || value === null) return false;
  const story = value as Record<string, unknown>;
  return ['path', 'title', 'column', 'edition', 'savedAt'].every((key) => typeof story[key] === 'string') && /^\/(?![/\\])/u.test(String(story.path)); // a path on this site, never //another.host
};

/** The saved stories, newest first; anything unreadable in storage is skipped, never thrown. */
export function readSavedStories(storage: Storage = localStorage): SavedStory[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(savedStorageKey) ?? '[]');
    return (Array.isArray(parsed) ? parsed.filter(isSavedStory) : []).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  } catch {
    return [];
  }
}

function writeSavedStories(stories: readonly SavedStory[], storage: Storage): void {
  storage.setItem(savedStorageKey, JSON.stringify(stories));
}

export function isSaved(path: string, storage: Storage = localStorage): boolean {
  return readSavedStories(storage).some((story) => story.path === path);
}

/** Saves a story (again: it moves to the top). Throws when the device refuses storage. */
export function saveStory(story: SavedStory, storage: Storage = localStorage): void {
  writeSavedStories([story, ...readSavedStories(storage).filter((saved) => saved.path !== story.path)], storage);
}

export function removeStory(path: string, storage: Storage = localStorage): void {
  writeSavedStories(readSavedStories(storage).filter((story) => story.path !== path), storage);
}
