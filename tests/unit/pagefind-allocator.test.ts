import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindAllocatorOptions, pagefindAllocatorVariable, tunePagefindAllocator } from '@/lib/search/pagefind-allocator';

/** The Pagefind binary npm installed for this machine (the package the pagefind module starts). */
function pagefindBinary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`@pagefind/${process.platform}-${process.arch}/package.json`)), 'bin', 'pagefind_extended');
}

/** Runs `pagefind_extended --version` with jemalloc told to abort on any option it does not accept. */
function versionWith(options: string) {
  return spawnSync(pagefindBinary(), ['--version'], { env: { ...process.env, [pagefindAllocatorVariable]: `abort_conf:true,${options}` }, encoding: 'utf8' });
}

describe('the Pagefind allocator options', () => {
  // Fails when a Pagefind upgrade drops jemalloc or renames its variable: the tuning would do nothing.
  it("are read by the installed binary's allocator, which accepts every one of them", () => {
    expect(versionWith('no_such_option:1').status, 'an unknown option aborts, so the variable is read').not.toBe(0);
    const run = versionWith(pagefindAllocatorOptions);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('are set for the indexer unless the environment already names its own', () => {
    const env: Record<string, string | undefined> = {};
    tunePagefindAllocator(env);
    expect(env[pagefindAllocatorVariable]).toBe(pagefindAllocatorOptions);
    const own: Record<string, string | undefined> = { [pagefindAllocatorVariable]: 'narenas:1' };
    tunePagefindAllocator(own);
    expect(own[pagefindAllocatorVariable]).toBe('narenas:1');
  });
});
