/**
 * The search index is built from the content while Next renders the pages (lib/cli/build-site.ts),
 * by indexing app/_lib/search-document.tsx instead of the built article page. Pagefind must hold
 * the same record either way: the same words at the same places, weights, filters and metadata.
 * Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { searchDocumentOf } from '@/app/_lib/search-document';
import { loadArticles } from '@/lib/content/load';
import { routes } from '@/lib/routes';

const out = process.env.EXPORT_DIR ?? 'out';
const { articles } = loadArticles('content');

/** The record Pagefind keeps for one page: its fragment, as the browser would receive it. */
async function indexedRecord(url: string, html: string): Promise<unknown> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  const added = await index.addHTMLFile({ url, content: html });
  expect(added.errors).toEqual([]);
  const { files } = await index.getFiles();
  const fragments = files.filter((file) => file.path.includes('fragment/'));
  expect(fragments).toHaveLength(1);
  const text = gunzipSync(fragments[0]!.content).toString('utf8');
  await index.deleteIndex();
  return JSON.parse(text.slice(text.indexOf('{')));
}

describe('the search document of an article', () => {
  afterAll(() => pagefind.close());

  it.each(articles.map((article) => [article.slug, article] as const))('indexes %s exactly as its built page does', async (slug, article) => {
    const url = routes.article(slug);
    const fromPage = await indexedRecord(url, readFileSync(`${out}${url}index.html`, 'utf8'));
    const fromDocument = await indexedRecord(url, searchDocumentOf(article));
    expect(fromDocument).toEqual(fromPage);
    // Not two empty records: the text, the column filter and the place names are all there.
    expect(fromPage).toMatchObject({ filters: { column: [expect.any(String)] }, meta: { title: article.title } });
    expect((fromPage as { content: string }).content.replace(/\u200b/gu, '')).toContain(article.title);
  });
});
