import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileWrittenBy } from '@/lib/build/publish/file-written';

const dir = mkdtempSync(join(tmpdir(), 'file-written-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('a file a build step writes before it ends', () => {
  it('is there as soon as the step writes it, while the step still runs', async () => {
    const path = join(dir, 'digests.json');
    let stepEnded = false;
    const step = later(80).then(() => writeFileSync(path, '{}')).then(() => later(2_000)).then(() => void (stepEnded = true));
    await fileWrittenBy(path, step);
    expect(stepEnded).toBe(false);
  });

  it('fails with the step when the step fails', async () => {
    await expect(fileWrittenBy(join(dir, 'never.json'), later(30).then(() => Promise.reject(new Error('index:content failed (exit 1)'))))).rejects.toThrow('index:content failed (exit 1)');
  });

  it('fails when the step ends well without writing it', async () => {
    const path = join(dir, 'missing.json');
    await expect(fileWrittenBy(path, later(30))).rejects.toThrow(`the step ended without writing ${path}`);
  });
});
