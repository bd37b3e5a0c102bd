/**
 * 收藏: the stories a reader saved, kept on the reader's device only (localStorage; no account,
 * no server), newest first. What a saved story shows in 我的收藏 is stored with it, so the list
 * needs no network. The pages themselves are kept in the Cache API (offlineCaches.saved), where
 * the service worker (lib/browser/offline-worker.ts) finds them without a connection.
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

/** Where a list that could not be read whole is kept aside, never overwritten (a JSON array of the raw texts). */
export const damagedStorageKey = 'reader-saved-damaged';

const siteBase = 'https://reader.invalid';

/**
 * Whether a stored path is an article of this site as the browser will read it. The pattern
 * allows no tab, line break, backslash or second slash (a browser drops tabs and line breaks and
 * reads \\ as /, so "/\t/evil.example/" would leave the site), and the parsed URL must be that
 * same path on this site.
 */
export function isArticlePath(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/u.test(value)) return false;
  const url = new URL(value, siteBase);
  return url.origin === siteBase && url.pathname === value && url.search === '' && url.hash === '';
}

const isSavedStory = (value: unknown): value is SavedStory => {
  if (typeof value !== 'object' || value === null) return false;
  const story = value as Record<string, unknown>;
  return ['path', 'title', 'column', 'edition', 'savedAt'].every((key) => typeof story[key] === 'string') && isArticlePath(story.path);
};

export interface SavedList {
  /** The stories that could be read, newest first. */
  readonly stories: SavedStory[];
  /** Whether storage held anything else: text that is not a list, or entries of the wrong shape. */
  readonly damaged: boolean;
}

/** The saved stories as storage holds them; anything unreadable is reported, never thrown. */
export function readSavedList(storage: Storage = localStorage): SavedList {
  const raw = storage.getItem(savedStorageKey);
  if (raw === null) return { stories: [], damaged: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { stories: [], damaged: true };
  }
  if (!Array.isArray(parsed)) return { stories: [], damaged: true };
  const stories = parsed.filter(isSavedStory).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  return { stories, damaged: stories.length !== parsed.length };
}

/** The saved stories, newest first; anything unreadable in storage is skipped, never thrown. */
export function readSavedStories(storage: Storage = localStorage): SavedStory[] {
  return readSavedList(storage).stories;
}

/** The texts of damaged lists kept aside so far. */
export function damagedCopies(storage: Storage = localStorage): string[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(damagedStorageKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [storage.getItem(damagedStorageKey)!];
  }
}

/**
 * Writes the list. A stored list that could not be read whole is first kept aside as it was, so
 * saving the next story never silently replaces what the reader had.
 */
function writeSavedStories(stories: readonly SavedStory[], storage: Storage): void {
  const raw = storage.getItem(savedStorageKey);
  if (raw !== null && readSavedList(storage).damaged) storage.setItem(damagedStorageKey, JSON.stringify([...damagedCopies(storage), raw]));
  storage.setItem(savedStorageKey, JSON.stringify(stories));
}

/** The reader's choice in 我的收藏: drop what could not be read, kept aside or still in the list. */
export function clearDamaged(storage: Storage = localStorage): void {
  writeSavedStories(readSavedStories(storage), storage);
  storage.removeItem(damagedStorageKey);
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
