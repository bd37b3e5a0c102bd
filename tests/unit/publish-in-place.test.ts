import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceInPlace } from '@/lib/build/publish/in-place';

let root: string;
const write = (base: string, files: Record<string, string>) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
};
const read = (base: string) => Object.fromEntries(readdirSync(base, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name).slice(base.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'in-place-'));
  write(join(root, 'live'), { 'index.html': '旧首页', '_static/a.1.js': 'old', 'gone/index.html': '删去的页面', 'same.txt': '不变' });
  write(join(root, 'new'), { 'index.html': '新首页', '_static/a.2.js': 'new', 'same.txt': '不变', 'sw.js': 'worker' });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('publishing into a folder that cannot be replaced', () => {
  it('leaves exactly the new site: changed files replaced, unchanged ones kept, missing ones removed', () => {
    const result = replaceInPlace(join(root, 'new'), join(root, 'live'), 'b1');
    expect(read(join(root, 'live'))).toEqual(read(join(root, 'new')));
    expect(result).toEqual({ copied: 3, removed: 2 });
    expect(readdirSync(join(root, 'live'))).not.toContain('gone');
  });

  it('leaves the target as it was when a file cannot be copied, with no temporary folder left', () => {
    const before = read(join(root, 'live'));
    symlinkSync(join(root, 'nowhere'), join(root, 'new', 'zz-broken.css'));
    expect(() => replaceInPlace(join(root, 'new'), join(root, 'live'), 'b2')).toThrow(/ENOENT/u);
    expect(read(join(root, 'live'))).toEqual(before);
    expect(readdirSync(join(root, 'live')).filter((entry) => entry.startsWith('.publishing-'))).toEqual([]);
  });
});
