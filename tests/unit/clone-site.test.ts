/**
 * An incremental build's site starts as links to the live site's files (lib/build/incremental/clone-site.ts):
 * all of them first, then the plan's dropped files unlinked. What is left must be what linking
 * only the kept files would have made: no dropped file, no folder a removed story leaves empty,
 * and the live site untouched.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkLiveFiles, unlinkDroppedFiles } from '@/lib/build/incremental/clone-site';

const dir = mkdtempSync(join(tmpdir(), 'clone-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const liveFiles = [
  'index.html',
  'sw.js',
  'search-index/meta.json',
  'articles/kept/index.html',
  'articles/kept/index.txt',
  'articles/removed/index.html',
  'articles/removed/index.txt',
  'articles/edited/index.html',
  'regions/11/newest/index.html',
  'regions/11/2/index.html',
  '_static/enhance.js',
];

function liveSite(name: string): string {
  const live = join(dir, name, 'live');
  for (const file of liveFiles) {
    mkdirSync(dirname(join(live, file)), { recursive: true });
    writeFileSync(join(live, file), `live ${file}`);
  }
  return live;
}

/** Every file and folder below `root`, as site paths, folders with a trailing slash. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => `${join(entry.parentPath, entry.name).slice(root.length + 1)}${entry.isDirectory() ? '/' : ''}`)
    .sort();
}

describe("an incremental build's kept files", () => {
  it('are every live file but the search index and what every build writes, as links', () => {
    const live = liveSite('linked');
    const staging = join(dir, 'linked', 'staging');
    expect(linkLiveFiles(live, staging)).toBe(liveFiles.length - 2);
    expect(tree(staging)).not.toContain('sw.js');
    expect(tree(staging)).not.toContain('search-index/');
    // A link, not a copy: the same file, with two names.
    expect(statSync(join(staging, 'articles/kept/index.html')).ino).toBe(statSync(join(live, 'articles/kept/index.html')).ino);
  });

  it('lose the dropped files and the folders those leave empty, and nothing else', () => {
    const live = liveSite('dropped');
    const staging = join(dir, 'dropped', 'staging');
    linkLiveFiles(live, staging);
    const dropped = ['articles/removed/index.html', 'articles/removed/index.txt', 'articles/edited/index.html', 'regions/11/newest/index.html', 'index.html', 'sw.js'];
    // sw.js was never linked: a dropped file that is not there is no error, and not counted.
    expect(unlinkDroppedFiles(staging, dropped)).toBe(5);
    expect(tree(staging)).toEqual(['_static/', '_static/enhance.js', 'articles/', 'articles/kept/', 'articles/kept/index.html', 'articles/kept/index.txt', 'regions/', 'regions/11/', 'regions/11/2/', 'regions/11/2/index.html']);
    // The live site still has every file, with its text.
    for (const file of liveFiles) expect(readFileSync(join(live, file), 'utf8')).toBe(`live ${file}`);
  });

  it('leave the staging folder itself when every file is dropped', () => {
    const live = liveSite('all');
    const staging = join(dir, 'all', 'staging');
    linkLiveFiles(live, staging);
    unlinkDroppedFiles(staging, liveFiles);
    expect(existsSync(staging)).toBe(true);
    expect(tree(staging)).toEqual([]);
  });
});
