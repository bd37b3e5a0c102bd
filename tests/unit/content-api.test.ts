import { afterEach, describe, expect, it, vi } from 'vitest';

/** The public API reads CONTENT_DIR when first called; each test gets a fresh module. */
async function api(contentDir: string) {
  vi.stubEnv('CONTENT_DIR', contentDir);
  vi.resetModules();
  return import('@/lib/api');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the content API', () => {
  it('parses the archive once per process, however many pages ask', async () => {
    const { getArticles, getArticle } = await api('tests/fixtures/content/valid');
    const first = getArticles();
    expect(getArticles()).toBe(first);
    expect(getArticle('commentary')).toBe(first.find((a) => a.slug === 'commentary'));
  });

  it('finds articles by slug and by column, and those printed without a column', async () => {
    const { getArticle, getArticlesInColumn, getColumns, getRelatedArticles } = await api('tests/fixtures/content/valid');
    expect(getArticle('no-such-story')).toBeUndefined();
    expect(getArticlesInColumn(getColumns().find((column) => column.name === '金台潮声')).map((a) => a.slug)).toEqual(['commentary']);
    expect(getArticlesInColumn(undefined)).toEqual([]);
    expect(getRelatedArticles(getArticle('quanzhou-story')!).map((a) => a.title)).toEqual(['海淀区社区党建见闻']);
  });

  it('fails with every problem listed when any file is wrong', async () => {
    const { getArticles, ContentValidationError } = await api('tests/fixtures/content/invalid');
    expect(() => getArticles()).toThrow(ContentValidationError);
    expect(() => getArticles()).toThrow(/^17 problem\(s\) in content files:\n {2}tests\/fixtures\/content\/invalid\//u);
  });
});
