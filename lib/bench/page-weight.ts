/**
 * What a reader's browser loads for one page, measured in Chromium with a cold cache: bytes of
 * HTML, CSS, JavaScript and everything else, decoded and on the wire (the server gzips), with
 * whatever the page fetches after load (prefetches included) until the network is idle.
 */
import type { Browser, Request } from '@playwright/test';

export type ResourceKind = 'html' | 'css' | 'js' | 'other';

export interface PageWeight {
  readonly path: string;
  readonly requests: number;
  /** Per kind: uncompressed bytes, and bytes on the wire (gzip body and headers). */
  readonly kinds: Record<ResourceKind, { readonly raw: number; readonly wire: number }>;
  readonly total: { readonly raw: number; readonly wire: number };
}

function kindOf(resourceType: string): ResourceKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  return 'other';
}

export async function measurePageWeight(browser: Browser, baseUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const sizes: Promise<{ kind: ResourceKind; raw: number; wire: number }>[] = [];
  const measure = (request: Request) => {
    sizes.push(
      (async () => {
        const measured = await request.sizes();
        const body = await (await request.response())?.body();
        return { kind: kindOf(request.resourceType()), raw: body?.length ?? 0, wire: measured.responseBodySize + measured.responseHeadersSize };
      })(),
    );
  };
  page.on('requestfinished', measure);
  const response = await page.goto(`${baseUrl}${path}`);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  await page.waitForLoadState('networkidle');
  // A request that finishes from here on is not counted: its body would be read after the
  // context is closed below, which rejects and ended a whole bench run.
  page.off('requestfinished', measure);
  const all = await Promise.all(sizes);
  await context.close();
  const empty = () => ({ raw: 0, wire: 0 });
  const kinds: Record<ResourceKind, { raw: number; wire: number }> = { html: empty(), css: empty(), js: empty(), other: empty() };
  for (const size of all) {
    kinds[size.kind].raw += size.raw;
    kinds[size.kind].wire += size.wire;
  }
  const total = all.reduce((sum, size) => ({ raw: sum.raw + size.raw, wire: sum.wire + size.wire }), empty());
  return { path, requests: all.length, kinds, total };
}
