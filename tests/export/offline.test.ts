/**
 * The export's service worker precaches the site's shell and nothing that grows with the
 * archive, each file with a revision that changes with its content.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = 'out';
const worker = existsSync(join(out, 'sw.js')) ? readFileSync(join(out, 'sw.js'), 'utf8') : '';
const entries = [...worker.matchAll(/\{"revision":(null|"[0-9a-f]+"),"url":"([^"]+)"\}/gu)].map(([, revision, url]) => ({ url: url!, revision: revision === 'null' ? null : revision!.slice(1, -1) }));

describe('the service worker', () => {
  it('precaches the shell: styles, page scripts, icons, the manifest, the offline page and 我的收藏', () => {
    const urls = entries.map((entry) => entry.url);
    expect(urls).toEqual(expect.arrayContaining(['/offline/', '/saved/', '/offline/zh-hant.txt', '/saved/zh-hant.txt', '/manifest.webmanifest', '/icons/icon-192.png']));
    expect(urls.some((url) => /^\/_next\/static\/.+\.css$/u.test(url))).toBe(true);
    for (const script of ['enhance', 'hant', 'saved-list']) expect(urls.some((url) => url.startsWith(`/_static/${script}.`)), script).toBe(true);
  });

  it('precaches no article, list or search file: those are cached when a reader opens them', () => {
    expect(entries.filter((entry) => /^\/(articles|columns|regions|editions|series|search|search-index)\//u.test(entry.url) || entry.url === '/')).toEqual([]);
  });

  it('names every file that can change under the same URL with its content hash, and a hashed file by its name', () => {
    for (const entry of entries) {
      if (/^\/(_next\/static|_static)\//u.test(entry.url)) expect(entry.revision, entry.url).toBeNull();
      else expect(entry.revision, entry.url).toMatch(/^[0-9a-f]{32}$/u);
      expect(existsSync(join(out, entry.url.endsWith('/') ? `${entry.url}index.html` : entry.url)), entry.url).toBe(true);
    }
  });
});
