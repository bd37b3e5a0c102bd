import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/records/load';

const { articles, errors } = loadArticles('tests/fixtures/content/valid');

describe('loadArticles', () => {
  it('turns every file below the root, in any sub-folder, into one article', () => {
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.slug).sort()).toEqual(['beijing-story', 'commentary', 'quanzhou-story']);
  });

  it('orders articles newest issue first, then by their position on the page', () => {
    expect(articles.map((a) => a.slug)).toEqual(['beijing-story', 'quanzhou-story', 'commentary']);
  });

  it('gives typed records: registered column, series part, resolved regions', () => {
    const story = articles.find((a) => a.slug === 'quanzhou-story')!;
    expect(story.column).toEqual({ name: '深度关注', slug: 'shendu-guanzhu', description: '围绕一个主题连续刊发的系列深度报道。', order: 1 });
    expect(story.series).toEqual({ name: '提振党员干部干事创业精气神', part: 3 });
    expect(story.regions.map((r) => r.fullName)).toEqual(['福建省泉州市', '福建省泉州市鲤城区']);
    expect(story.date).toBe('2024-04-09');
    expect(story.related).toEqual(['beijing-story']);
  });

  it('maps a column written by its printed display name to the registered column', () => {
    expect(articles.find((a) => a.slug === 'beijing-story')!.column?.name).toBe('我是党员，我在岗位');
  });

  it('numbers figures and keeps a figure without image or credit', () => {
    const figures = articles.find((a) => a.slug === 'beijing-story')!.figures;
    expect(figures).toEqual([
      { number: 1, caption: '社区党员在走访居民。', credit: '王五摄' },
      { number: 2, caption: '没有署名的照片。' },
    ]);
  });

  it('leaves the column out for an article printed without one', () => {
    const { articles: seed } = loadArticles('content');
    expect(seed.find((a) => a.title === '党建联盟助力企业发展')!.column).toBeUndefined();
  });

  it('derives section headings, excerpt, character count and reading time from the body', () => {
    const story = articles.find((a) => a.slug === 'quanzhou-story')!;
    expect(story.headings).toEqual([{ id: 'section-实训实干', text: '实训实干' }]);
    expect(story.excerpt).toBe('泉州市常态化选树“担当者”先进典型，激励干部担当作为。干部在党校参加辩论式教学。');
    expect(story.characterCount).toBe(44);
    expect(story.readingMinutes).toBe(1);
  });
});

describe('two stories in one place', () => {
  it('is an error naming both files: one of them has the wrong page or position', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, relative } = await import('node:path');
    const { formatContentError } = await import('@/lib/records/errors');
    const root = mkdtempSync(join(tmpdir(), 'places-'));
    try {
      cpSync('content', root, { recursive: true });
      const copy = readFileSync(join(root, '2024-04-09', 'longyao-dangjian-lianmeng.md'), 'utf8').replace(/^title: .*$/mu, 'title: 同一位置的另一篇');
      writeFileSync(join(root, '2024-04-09', 'zz-same-place.md'), copy);
      const { articles, errors } = loadArticles(root);
      const file = (name: string) => relative(process.cwd(), join(root, '2024-04-09', name));
      expect(errors.map(formatContentError)).toEqual([
        `${file('zz-same-place.md')}: position: 2024-04-09 page 19, position 4 is also the place of ${file('longyao-dangjian-lianmeng.md')} (each story has its own position on its page: correct the position (or the page) of one of them)`,
      ]);
      expect(articles).toHaveLength(4);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
