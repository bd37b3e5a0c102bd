/**
 * What one `npm run build` leaves behind and the next one replaces: Next's output in .next/
 * (except its compilation cache, .next/cache, which makes the next build faster) and the export
 * in out/. Cleared by the build itself (lib/build/cli/build-site.ts) and by the bench before each size.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function previousBuildOutput(out = 'out'): string[] {
  return [
    ...(existsSync('.next') ? readdirSync('.next').filter((entry) => entry !== 'cache').map((entry) => join('.next', entry)) : []),
    ...(existsSync(out) ? [out] : []),
  ];
}
