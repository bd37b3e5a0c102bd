import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { awaitBuildFile, awaitedFilesVariable } from '@/lib/api/build-files';

const work = mkdtempSync(join(tmpdir(), 'build-files-'));
afterEach(() => vi.unstubAllEnvs());
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a page worker's wait for the build's files", () => {
  it('does not wait where the build did not say its files are being written', () => {
    awaitBuildFile(join(work, 'none.json'));
    expect(existsSync(join(work, 'none.json'))).toBe(false);
  });

  it('waits for a file the build writes after the worker has started', () => {
    const path = join(work, 'snapshot.json');
    vi.stubEnv(awaitedFilesVariable, String(process.pid));
    const writer = spawn(process.execPath, ['-e', `setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(path)}, '{}'), 300)`]);
    const started = performance.now();
    awaitBuildFile(path);
    expect(existsSync(path)).toBe(true);
    expect(performance.now() - started).toBeGreaterThan(100);
    writer.kill();
  });

  it('stops waiting, with the reason, when the build that was to write the file has ended', () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    vi.stubEnv(awaitedFilesVariable, String(ended));
    expect(() => awaitBuildFile(join(work, 'never.json'))).toThrow(`the build (process ${ended}) that was to write ${join(work, 'never.json')} has ended; run npm run build again`);
  });
});
