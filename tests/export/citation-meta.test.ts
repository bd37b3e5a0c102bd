/**
 * Every article page carries the citation tags Zotero and Google Scholar read, and they agree
 * with what the page prints: its title, the authors its byline names, the date and page of its
 * edition line, the paper's name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/api';
import { textOfHtml } from '@/lib/records/html-text';
import { fileFor } from '../support/export-files';

const unescape = (text: string) => text.replace(/&quot;/gu, '"').replace(/&#x27;|&#39;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

function metaTags(html: string): Map<string, string[]> {
  const head = /<head>[\s\S]*?<\/head>/u.exec(html)?.[0] ?? '';
  const tags = new Map<string, string[]>();
  for (const [, name, content] of head.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)"/gu)) tags.set(name!, [...(tags.get(name!) ?? []), unescape(content!)]);
  return tags;
}

// The seed site, and the 300-article scale site when npm run build:scale has written it.
const scaleSite = 'test-results/scale-site';
const pages = [
  ...getArticles().map((article) => ['out', article.slug] as const),
  ...(existsSync(`${scaleSite}/articles`) ? readdirSync(`${scaleSite}/articles`).map((slug) => [scaleSite, slug] as const) : []),
];

describe('citation tags on every article page', () => {
  it('are checked on both sites', () => expect(pages.length).toBeGreaterThan(300));

  it.each(pages)('%s: %s', (site, slug) => {
    const html = readFileSync(fileFor(site, `/articles/${slug}/`)!, 'utf8');
    const tags = metaTags(html);
    const printed = (pattern: RegExp) => textOfHtml(pattern.exec(html)?.[0] ?? '').trim();
    expect(tags.get('citation_title')).toEqual([printed(/<h1\b[\s\S]*?<\/h1>/u)]);
    const story = /<article\b[\s\S]*?<\/article>/u.exec(html)?.[0] ?? '';
    const header = textOfHtml(/<header\b[\s\S]*?<\/header>/u.exec(story)?.[0] ?? '');
    for (const author of tags.get('citation_author') ?? []) expect(header, author).toContain(author);
    const [, year, month, day, page] = /人民日报 (\d{4})年(\d{1,2})月(\d{1,2})日(?: 第(\d+)版)?/u.exec(header) ?? [];
    expect(tags.get('citation_publication_date')).toEqual([`${year}/${month!.padStart(2, '0')}/${day!.padStart(2, '0')}`]);
    expect(tags.get('citation_journal_title')).toEqual(['人民日报']);
    expect(tags.get('citation_firstpage')).toEqual(page ? [page] : undefined);
    expect(tags.get('citation_public_url')?.[0]).toMatch(new RegExp(`/articles/${slug}/$`, 'u'));
  });
});
