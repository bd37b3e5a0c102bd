/**
 * Every internal link and asset in the static export resolves: each href and src that points
 * into the site names a file in out/, and each #anchor names an id on its target page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = process.env.EXPORT_DIR ?? 'out';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

const decode = (value: string) => value.replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&#x27;/gu, "'");

/** The file a site path is served from, as a static host resolves it. */
function fileFor(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/') ? [join(out, decoded, 'index.html')] : [join(out, decoded), join(out, `${decoded}.html`), join(out, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function idsOf(file: string): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/gu)].map((m) => decode(m[1]!)));
}

const pages = existsSync(out) ? htmlFiles(out) : [];

describe('links in the static export', () => {
  it('has pages to check: run `npm run build` first', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('resolves every internal href and src, anchors included', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const pagePath = `/${relative(out, page).replace(/index\.html$/u, '')}`;
      for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]*)"/gu)) {
        const value = decode(raw!);
        if (/^(?:[a-z]+:|\/\/)/iu.test(value)) continue; // another site, mailto: and the like
        const [path, anchor] = value.split('#') as [string, string | undefined];
        const target = path === '' ? page : fileFor(path.startsWith('/') ? path.split('?')[0]! : join(pagePath, path));
        if (!target) broken.push(`${relative(out, page)}: ${attribute}="${value}" names no file`);
        else if (anchor && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${relative(out, page)}: ${value} names no id on its page`);
      }
    }
    expect(broken).toEqual([]);
  });
});
