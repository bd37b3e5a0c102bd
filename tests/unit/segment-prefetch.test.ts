import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  nextPageRuntimes,
  segmentDataCall,
  skippedSegmentData,
  skipSegmentPrefetchData,
  withoutSegmentData,
} from '@/lib/build/export/segment-prefetch';

const runtime = (call: string) => `async function render(){let t=1;i.flightData=e;i.${call};return t}`;

describe('withoutSegmentData', () => {
  it('replaces the segment call of a runtime, and leaves a patched runtime as it is', () => {
    const once = withoutSegmentData(runtime(segmentDataCall));
    expect(once.state).toBe('patched');
    expect(once.source).toBe(runtime(skippedSegmentData));
    expect(withoutSegmentData(once.source)).toEqual({ source: once.source, state: 'already patched' });
  });

  it('changes nothing in a runtime without the call, or with it twice', () => {
    const moved = runtime('segmentData=await collect(x)');
    expect(withoutSegmentData(moved)).toEqual({ source: moved, state: 'call not found' });
    const twice = runtime(segmentDataCall) + runtime(segmentDataCall);
    expect(withoutSegmentData(twice)).toEqual({ source: twice, state: 'call not found' });
  });
});

describe('skipSegmentPrefetchData', () => {
  const folder = mkdtempSync(join(tmpdir(), 'segment-prefetch-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('patches the runtimes on disk and names those it does not recognise', () => {
    const known = join(folder, 'app-page.runtime.prod.js');
    const unknown = join(folder, 'app-page-experimental.runtime.prod.js');
    writeFileSync(known, runtime(segmentDataCall));
    writeFileSync(unknown, runtime('segmentData=await collect(x)'));
    expect(skipSegmentPrefetchData([known, unknown])).toEqual([unknown]);
    expect(readFileSync(known, 'utf8')).toBe(runtime(skippedSegmentData));
    expect(skipSegmentPrefetchData([known])).toEqual([]);
  });
});

describe("the installed Next's page runtimes", () => {
  // Fails when a Next upgrade moves the call: update segmentDataCall (or drop the patch).
  it('each make the segment call this patch knows, or are patched already', () => {
    const runtimes = nextPageRuntimes();
    expect(runtimes.map((file) => file.split('/').pop()).sort()).toContain('app-page-turbo.runtime.prod.js');
    for (const file of runtimes) expect(withoutSegmentData(readFileSync(file, 'utf8')).state, file).not.toBe('call not found');
  });
});
