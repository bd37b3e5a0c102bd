/**
 * Registers the service worker (lib/browser/offline-worker.ts) once the page has loaded,
 * so its precache list and files are fetched after the page, never before its first paint.
 */
import { serviceWorkerPath } from '../site/site-files';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register(serviceWorkerPath).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
