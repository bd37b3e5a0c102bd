/**
 * Makes 收藏 (components/reading/SaveControl.tsx) work: saves the story in this device's list and
 * keeps its page (and its 繁體 dictionary) in the saved-pages cache, so it opens offline even after
 * the reader's other visited pages have been dropped from the cache.
 */
import { traditionalDictionaryPath } from '../../records/site-files';
import { isSaved, offlineCaches, removeStory, saveStory } from '../saved-stories';

/** The files that show a saved story offline: its page, and its dictionary for a 繁 reader. */
const filesOf = (path: string) => [path, traditionalDictionaryPath(path)];

async function keepOffline(path: string): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(offlineCaches.saved);
  await cache.addAll(filesOf(path));
}

async function dropOffline(path: string): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(offlineCaches.saved);
  await Promise.all(filesOf(path).map((file) => cache.delete(file)));
}

export function enhanceSave(container: HTMLElement): void {
  const { path = '', title = '', column = '', edition = '' } = container.dataset;
  const button = container.querySelector('button')!;
  const status = container.querySelector<HTMLElement>('[role="status"]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const show = () => button.setAttribute('aria-pressed', String(isSaved(path)));
  show();
  button.addEventListener('click', () => {
    try {
      if (isSaved(path)) {
        removeStory(path);
        void dropOffline(path);
        say('已取消收藏');
      } else {
        saveStory({ path, title, column, edition, savedAt: new Date().toISOString() });
        say('已收藏，可在“我的收藏”中离线阅读');
        keepOffline(path).catch(() => say('已收藏；离线副本未能保存，联网时仍可阅读'));
      }
    } catch {
      say('无法收藏：浏览器拒绝了本地存储');
    }
    show();
  });
}
