import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts and .tsx file of the code the site is made of. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

const dataName = /\bdata-[a-z][a-z0-9-]*/gu;

function filesByName(files: readonly string[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of files) {
    for (const [name] of readFileSync(file, 'utf8').matchAll(dataName)) found.set(name, (found.get(name) ?? new Set()).add(file));
  }
  return found;
}

describe('the data-* names markup and scripts share', () => {
  const files = ['app', 'components', 'lib'].flatMap(sources);
  const byName = filesByName(files);

  it('are written once, in lib/markup/, and nowhere else in app/, components/ or lib/', () => {
    expect(byName.size).toBeGreaterThan(20);
    const elsewhere = [...byName].flatMap(([name, where]) => [...where].filter((file) => !file.startsWith('lib/markup/')).map((file) => `${name} in ${file}`));
    expect(elsewhere).toEqual([]);
    const twice = [...byName].filter(([, where]) => where.size > 1).map(([name, where]) => `${name}: ${[...where].join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('include every attribute the style sheet styles, so a rename cannot leave a rule behind', () => {
    const styled = [...readFileSync('app/globals.css', 'utf8').matchAll(/\[(data-[a-z][a-z0-9-]*)/gu)].map(([, name]) => name!);
    expect(styled.length).toBeGreaterThan(0);
    expect(styled.filter((name) => !byName.has(name))).toEqual([]);
  });
});
