/**
 * The offline copy of a saved story: its page and its 繁體 dictionary, in the cache the service
 * worker reads when there is no connection (lib/browser/offline-worker.ts). Kept by 收藏,
 * dropped by 收藏 again or by 移除 in 我的收藏.
 */
import { traditionalDictionaryPath } from '../site/site-files';
import { offlineCaches } from './saved-stories';

const filesOf = (path: string) => [path, traditionalDictionaryPath(path)];

export async function keepSavedCopy(path: string): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(offlineCaches.saved);
  await cache.addAll(filesOf(path));
}

export async function dropSavedCopy(path: string): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(offlineCaches.saved);
  await Promise.all(filesOf(path).map((file) => cache.delete(file)));
}
