import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dehydrate } from '@/lib/build/export/dehydrate';

/** The shape of a page as Next 16 exports it: runtime chunks, the RSC payload, our own scripts. */
const page = readFileSync('tests/fixtures/export/next-page.html', 'utf8');

describe('dehydrate', () => {
  const plain = dehydrate(page, { enhance: '/_static/enhance.abc.js' });

  it('removes the framework runtime, its preloads and the embedded page payload', () => {
    expect(plain).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/u);
    expect(plain).not.toContain('self.__next_f');
    expect(plain).not.toContain('TURBOPACK');
  });

  it('keeps the text, the stylesheet, the font-size script and the structured data', () => {
    expect(plain).toContain('<p>党建联盟助力企业发展。</p>');
    expect(plain).toContain('rel="stylesheet" href="/_next/static/chunks/site.css"');
    expect(plain).toContain('localStorage.getItem("reader-font-size")');
    expect(plain).toContain('<script type="application/ld+json">');
  });

  it('loads the enhancement script only on pages with something to enhance', () => {
    expect(plain).toContain('<script src="/_static/enhance.abc.js" defer=""></script></head>');
    const noTools = page.replace(/ data-enhance="[^"]*"/gu, '');
    expect(dehydrate(noTools, { enhance: '/_static/enhance.abc.js' })).not.toContain('enhance.abc.js');
  });

  it('makes every page plain, whatever its text says, and adds a module only when asked', () => {
    const claims = page.replace('<main', '<main data-needs-react=""');
    expect(dehydrate(claims)).not.toContain('self.__next_f');
    const search = dehydrate(page, { enhance: '/_static/enhance.abc.js', module: '/_static/search.abc.js' });
    expect(search).toContain('<script type="module" src="/_static/search.abc.js"></script></head>');
    expect(search).not.toContain('self.__next_f');
  });
});
