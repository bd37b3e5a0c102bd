import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '@/lib/api';
import { loadArticles } from '@/lib/records/load';

const invalid = (name: string) => join('tests/fixtures/content/invalid', name);

/** Loads one invalid fixture folder and returns its problems as an editor reads them. */
function problems(name: string): string[] {
  const { articles, errors } = loadArticles(invalid(name), { publicDir: 'public' });
  expect(articles, 'a file with an error must not also become an article').toHaveLength(0);
  return errors.map(formatContentError);
}

describe('content errors name the file, the field and what was expected', () => {
  it('rejects an unknown column and lists the registered ones', () => {
    expect(problems('unknown-column')).toEqual([
      'tests/fixtures/content/invalid/unknown-column/article.md: column: unknown column "深度观察" ' +
        '(add it to tests/fixtures/content/invalid/columns.yaml (name, slug, description) if the paper prints a new column; registered columns: 深度关注, 金台潮声, 我是党员，我在岗位; leave the field out for an article printed without a column)',
    ]);
  });

  it('rejects an unknown region and suggests the official name', () => {
    expect(problems('unknown-region')).toEqual([
      'tests/fixtures/content/invalid/unknown-region/article.md: regions[0]: unknown region "福建省泉州鲤城区" ' +
        '(did you mean: 福建省泉州市鲤城区 (350502)?)',
    ]);
  });

  it('rejects an ambiguous region and lists every candidate by its full name', () => {
    const [message] = problems('ambiguous-region');
    expect(message).toContain('regions[0]: region "鼓楼区" is ambiguous: it names 4 places');
    for (const candidate of ['江苏省南京市鼓楼区', '江苏省徐州市鼓楼区', '福建省福州市鼓楼区', '河南省开封市鼓楼区']) {
      expect(message).toContain(candidate);
    }
  });

  it('names both files of a duplicate slug, whatever folders they are in', () => {
    const folder = 'tests/fixtures/content/invalid/duplicate-slug';
    const hint = '(slugs are unique across the archive, whatever folder a file is in: rename one of the files)';
    expect(problems('duplicate-slug')).toEqual([
      `${folder}/2024-04-09/same-story.md: file name: slug "same-story" is also used by ${folder}/2024-04-10/same-story.md ${hint}`,
      `${folder}/2024-04-10/same-story.md: file name: slug "same-story" is also used by ${folder}/2024-04-09/same-story.md ${hint}`,
    ]);
  });

  it('gives the line of broken YAML', () => {
    expect(problems('broken-yaml')[0]).toMatch(
      /^tests\/fixtures\/content\/invalid\/broken-yaml\/article\.md: yaml: the front-matter is not valid YAML at line 4: /u,
    );
  });

  it('rejects an empty body', () => {
    expect(problems('empty-body')[0]).toContain('article.md: body: the article has no body text');
  });

  it('rejects a figure without a caption', () => {
    expect(problems('figure-without-caption')).toEqual([
      'tests/fixtures/content/invalid/figure-without-caption/article.md: figures[0].caption: ' +
        'is required: expected the caption as printed (a non-empty string)',
    ]);
  });

  it('rejects a figure whose image file is not in public/', () => {
    expect(problems('figure-missing-image')[0]).toContain('figures[0].src: image "/images/not-there.jpg" is not in public/');
  });

  it('rejects a related slug that does not exist', () => {
    expect(problems('unknown-related')[0]).toContain('related[0]: related article "no-such-story" does not exist');
  });

  it('rejects a date that is not a real day instead of rolling it over', () => {
    expect(problems('bad-date')).toEqual([
      'tests/fixtures/content/invalid/bad-date/article.md: date: expected a real date written YYYY-MM-DD, e.g. "2024-04-09", got "2024-02-30"',
    ]);
  });

  it('rejects a series part that is not a positive whole number', () => {
    expect(problems('bad-series-part')[0]).toContain(
      'seriesPart: expected the part number in the series, a positive whole number (3 for ③), got "三"',
    );
  });

  it('rejects a file name that is not a valid slug', () => {
    expect(problems('bad-file-name')[0]).toContain('file name: "Quanzhou_Story.md" is not a valid slug');
  });

  it('rejects a missing title', () => {
    expect(problems('missing-title')[0]).toContain('title: is required: expected the title (主标题) as printed');
  });

  it('rejects an unknown field and lists the fields of the contract', () => {
    expect(problems('unknown-field')[0]).toContain('autor: unknown field (the fields are: title, kicker,');
  });

  it('reports a file that is not Markdown instead of ignoring it', () => {
    expect(problems('not-markdown')[0]).toContain('story.txt: file name: "story.txt" is not a Markdown content file');
  });

  it('reports a file in another encoding than UTF-8', () => {
    expect(problems('gbk-encoding')[0]).toContain('article.md: file: the file cannot be read as UTF-8 text');
  });

  it('reports every problem of every file at once', () => {
    const { errors } = loadArticles('tests/fixtures/content/invalid', { publicDir: 'public' });
    const files = new Set(errors.map((error) => error.file));
    // Every fixture file is wrong, and each is reported.
    expect(files.size).toBe(17);
  });
});
