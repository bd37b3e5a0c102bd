/**
 * What search indexes of an article is what its page prints: every line of the head and the body
 * the index writer reads (lib/indexes/search/document.ts) stands in the exported article page, in
 * its story (label, kicker, title, subtitle, byline, text, captions). A line the page does not
 * show would make search find a story for words a reader cannot see there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getArticles } from '@/lib/api';
import { foldText } from '@/lib/indexes/search/fold';
import { searchDocumentOf } from '@/lib/indexes/search/document';
import { textOfHtml } from '@/lib/records/html-text';
import { fileFor } from '../support/export-files';

const folded = (text: string) => foldText(text).chars.join('').replace(/ +/gu, ' ').trim();

/** The story of an article page as text, without the tools and links around it. */
function printedStory(html: string): string {
  const story = /<article\b[\s\S]*?<\/article>/u.exec(html)?.[0] ?? '';
  const withoutIgnored = story.replace(/<div data-highlight-ignore="">[\s\S]*?<\/div>(?=<header|<div class="reader-text|<\/article>)/gu, '').replace(/<script\b[\s\S]*?<\/script>/gu, '');
  // The region line stands among the tools, but it is printed, and search reads it.
  const regionLine = /<nav aria-label="报道地区"[\s\S]*?<\/nav>/u.exec(story)?.[0] ?? '';
  return folded(textOfHtml(`${withoutIgnored} ${regionLine.replace(/<\/li>/gu, '\n')}`).replace(/\n/gu, ' | '));
}

describe('the search index reads what the article page prints', () => {
  it.each(getArticles().map((article) => [article.slug, article] as const))('%s', (slug, article) => {
    const page = fileFor('out', `/articles/${slug}/`);
    expect(page, slug).toBeDefined();
    const story = printedStory(readFileSync(page!, 'utf8'));
    const document = searchDocumentOf(article);
    const lines = [...document.head.split('\n'), ...document.body.split('\n')].map(folded).filter(Boolean);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(story, line).toContain(line);
  });

  it('leaves out what is not the story: breadcrumbs, reading tools, related stories', () => {
    const article = getArticles()[0]!;
    const body = searchDocumentOf(article).body;
    expect(body).not.toContain('首页');
    expect(body).not.toContain('字号');
    expect(body).not.toContain('复制引用');
  });
});
