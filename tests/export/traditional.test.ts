/**
 * Every exported page can be shown in traditional characters exactly: it names its converter and
 * its dictionary, both are in the export, and the dictionary converts each of the page's texts
 * as OpenCC's full s2tw dictionary does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullTraditional, pageTexts } from '@/lib/build/export/traditional-dictionary';
import { TraditionalConverter } from '@/lib/browser/traditional/converter';
import { htmlFiles } from '../support/export-files';

const out = 'out';
/** esbuild writes a script's Chinese as \u escapes. */
const decodeEscapes = (code: string) => code.replace(/\\u([0-9a-f]{4})/giu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const pages = htmlFiles(out);

describe('the 繁體 view of the export', () => {
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(10));

  it.each(pages.map((page) => [page.slice(out.length + 1)]))('%s names a converter and a dictionary that covers its text', (page) => {
    const html = readFileSync(join(out, page), 'utf8');
    const converterModule = /<html\b[^>]*\sdata-hant-module="([^"]+)"/u.exec(html)?.[1];
    const dictionary = /<html\b[^>]*\sdata-hant-dict="([^"]+)"/u.exec(html)?.[1];
    expect(converterModule && existsSync(join(out, converterModule))).toBe(true);
    expect(dictionary && existsSync(join(out, dictionary))).toBe(true);
    const converter = new TraditionalConverter();
    converter.add(readFileSync(join(out, dictionary!), 'utf8'));
    // The page's text, and the words its enhancement script may write into it.
    const enhance = /<script src="(\/_static\/enhance\.[^"]+)"/u.exec(html)?.[1];
    const scriptWords = enhance ? (decodeEscapes(readFileSync(join(out, enhance), 'utf8')).match(/[\p{Script=Han}，。、：“”（）《》]+/gu) ?? []) : [];
    const texts = [...pageTexts(html), ...scriptWords];
    expect(texts.filter((text) => converter.convert(text) !== fullTraditional(text))).toEqual([]);
    // Not vacuous: the page prints text that traditional characters change.
    expect(texts.some((text) => fullTraditional(text) !== text)).toBe(true);
  });
});
