import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excerptOf, readingMinutes, renderMarkdown } from '@/lib/records/markdown';

const fixture = (name: string) => readFileSync(`tests/fixtures/markdown/${name}`, 'utf8');

describe('renderMarkdown', () => {
  it('renders paragraphs, section headings, emphasis, links and quotes as the golden HTML', () => {
    expect(renderMarkdown(fixture('basic.md')).html + '\n').toBe(fixture('basic.html'));
  });

  it('gives section headings readable, unique anchors and lists them', () => {
    expect(renderMarkdown(fixture('basic.md')).headings).toEqual([
      { id: 'section-实训实干', text: '实训实干' },
      { id: 'section-实训实干-1', text: '实训实干' },
    ]);
  });

  it('drops scripts, event handlers, iframes, inline styles and javascript: URLs from raw HTML', () => {
    const { html } = renderMarkdown(fixture('hostile.md'));
    expect(html + '\n').toBe(fixture('hostile.html'));
    expect(html).not.toMatch(/<script|onerror|onclick|ontoggle|javascript:|<iframe|style=/iu);
  });

  it('keeps the paragraphs around hostile markup', () => {
    const { html } = renderMarkdown(fixture('hostile.md'));
    expect(html).toContain('<p>第一段正文。</p>');
    expect(html).toContain('<p>最后一段正文。</p>');
  });

  it('prefixes ids from the content so they cannot clobber globals such as window.location', () => {
    expect(renderMarkdown('## location\n').html.trim()).toBe('<h2 id="section-location">location</h2>');
  });
});

describe('derived text', () => {
  it('ends an excerpt on a whole sentence when one ends late enough', () => {
    const long = `${'一'.repeat(70)}。${'二'.repeat(80)}。`;
    expect(excerptOf([long])).toBe(`${'一'.repeat(70)}。`);
  });

  it('cuts an excerpt with an ellipsis when no sentence ends in time', () => {
    expect(excerptOf(['三'.repeat(200)])).toBe(`${'三'.repeat(120)}……`);
  });

  it('keeps a short text whole', () => {
    expect(excerptOf(['短文。', '第二段。'])).toBe('短文。第二段。');
  });

  it('reads about 400 characters a minute, not counting punctuation, at least one minute', () => {
    expect(readingMinutes('字'.repeat(2641) + '，'.repeat(400))).toBe(7);
    expect(readingMinutes('短')).toBe(1);
  });
});
