/**
 * A build is reproducible: two builds from scratch (no `.next`, no content snapshot) of the same
 * commit and content write the same site, file for file and byte for byte: no random build id,
 * timestamp or ordering reaches the output. Real builds of the seed content.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteFiles, startBuild } from '../support/build-process';

const work = 'test-results/reproducible';

beforeAll(() => rmSync(work, { recursive: true, force: true }));

describe('two builds from scratch', () => {
  it('write the same site, byte for byte', async () => {
    for (const name of ['first', 'second']) {
      rmSync('.next', { recursive: true, force: true });
      rmSync('.cache/build', { recursive: true, force: true });
      const running = startBuild(join(work, name), {});
      const { code } = await running.exited;
      expect(code, running.output().slice(-1500)).toBe(0);
    }
    const [first, second] = [siteFiles(join(work, 'first')), siteFiles(join(work, 'second'))];
    expect(first.size).toBeGreaterThan(100);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    expect([...first].filter(([path, hash]) => second.get(path) !== hash).map(([path]) => path)).toEqual([]);
  }, 300_000);
});
