/**
 * Turns off the per-segment prefetch payloads Next 16 renders for every prerendered page.
 *
 * After rendering a page, Next decodes its whole RSC payload again and re-encodes it once per
 * route segment (`<page>.segments/*.segment.rsc`), for its client router to prefetch. No setting
 * turns this off (it runs even with `prefetchInlining: false`), yet this site never ships those
 * files: lib/build/cli/export-site.ts exports the plain HTML, whose pages have no client router. Measured
 * on 1,000 articles (2,593 pages), static generation took 29.5 s with them and 15.6 s without.
 *
 * The call sits in Next's precompiled production runtimes, so it is patched there, in place:
 * the result of the call becomes `undefined`, the value Next itself uses for "no segment data"
 * (it then writes no `.segments/` folder). Development runtimes are left alone.
 * The patch is exact text, so a Next upgrade that moves the call is noticed (see the unit test)
 * rather than patching something else; the build then warns and stays correct, only slower.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The call as the production runtimes of Next 16.4 minify it. */
export const segmentDataCall =
  'segmentData=await r.collectSegmentData(n.cacheComponents,e,d,o,c,!!n.experimental.prefetchInlining,s,m)';
/** What it becomes: no call, and the marker a later run recognises. */
export const skippedSegmentData = 'segmentData=void 0/* rmrb-reader: no segment prefetch files */';

export type SegmentPatchState = 'patched' | 'already patched' | 'call not found';

/** The runtime source with the segment call skipped, and what was found. */
export function withoutSegmentData(source: string): { readonly source: string; readonly state: SegmentPatchState } {
  if (source.includes(skippedSegmentData)) return { source, state: 'already patched' };
  const at = source.indexOf(segmentDataCall);
  // Exactly one call, or the runtime is not the one this patch was written for.
  if (at < 0 || source.indexOf(segmentDataCall, at + 1) >= 0) return { source, state: 'call not found' };
  return { source: source.replace(segmentDataCall, skippedSegmentData), state: 'patched' };
}

/** Next's precompiled production runtimes for App Router pages (turbopack, webpack, experimental). */
export function nextPageRuntimes(): string[] {
  const require = createRequire(import.meta.url);
  const folder = dirname(require.resolve('next/dist/compiled/next-server/app-page.runtime.prod.js'));
  return readdirSync(folder)
    .filter((name) => /^app-page(?:-[a-z-]+)?\.runtime\.prod\.js$/.test(name))
    .map((name) => join(folder, name));
}

/**
 * Patches every production page runtime that still makes the call; returns the runtimes where
 * the call was not found (none on the pinned Next version).
 */
export function skipSegmentPrefetchData(runtimes: readonly string[] = nextPageRuntimes()): string[] {
  const unknown: string[] = [];
  for (const file of runtimes) {
    const { source, state } = withoutSegmentData(readFileSync(file, 'utf8'));
    if (state === 'patched') writeFileSync(file, source);
    if (state === 'call not found') unknown.push(file);
  }
  return unknown;
}
