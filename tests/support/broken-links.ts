/**
 * Every internal href and src of a static export must name a file in it, and every #anchor an id
 * on its target page. Returns one line per broken link.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileFor, htmlFiles } from './export-files';

const decode = (value: string) => value.replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&#x27;/gu, "'");

function idsOf(file: string): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/gu)].map((m) => decode(m[1]!)));
}

export function brokenLinks(out: string): string[] {
  const broken: string[] = [];
  for (const page of htmlFiles(out)) {
    const html = readFileSync(page, 'utf8');
    const pagePath = `/${relative(out, page).replace(/index\.html$/u, '')}`;
    for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]*)"/gu)) {
      const value = decode(raw!);
      if (/^(?:[a-z]+:|\/\/)/iu.test(value)) continue; // another site, mailto: and the like
      const [path, anchor] = value.split('#') as [string, string | undefined];
      const target = path === '' ? page : fileFor(out, path.startsWith('/') ? path.split('?')[0]! : join(pagePath, path));
      if (!target) broken.push(`${relative(out, page)}: ${attribute}="${value}" names no file`);
      else if (anchor && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${relative(out, page)}: ${value} names no id on its page`);
    }
  }
  return broken;
}
