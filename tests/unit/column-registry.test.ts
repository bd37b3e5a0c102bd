import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadColumnRegistry } from '@/lib/records/column-registry';
import { formatContentError } from '@/lib/records/errors';
import { loadArticles } from '@/lib/records/load';

let root: string;
let file: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'registry-'));
  file = relative(process.cwd(), join(root, 'columns.yaml'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const problems = (yaml: string) => {
  writeFileSync(join(root, 'columns.yaml'), yaml);
  return loadColumnRegistry(root).errors.map(formatContentError);
};

describe('the column registry, the editors’ data', () => {
  it('reads each column with its slug, description, dates and its place in the list', () => {
    writeFileSync(join(root, 'columns.yaml'), 'columns:\n  - name: 组工视点\n    slug: zugong-shidian\n    since: "2011-03-01"\n  - { name: 深度关注, slug: shendu-guanzhu, description: 系列深度报道。 }\n');
    const { registry, errors } = loadColumnRegistry(root);
    expect(errors).toEqual([]);
    expect(registry.columns).toEqual([
      { name: '组工视点', slug: 'zugong-shidian', order: 1, since: '2011-03-01' },
      { name: '深度关注', slug: 'shendu-guanzhu', description: '系列深度报道。', order: 2 },
    ]);
    expect(registry.find('组工 视点')?.slug).toBe('zugong-shidian');
  });

  it('names the file, the entry and the field of every problem', () => {
    expect(problems('columns:\n  - name: 组工视点\n    slug: 组工\n  - name: ""\n    slug: a\n  - name: 深度关注\n    slug: shendu\n    colour: red\n')).toEqual([
      `${file}: columns[0] (组工视点).slug: expected a URL slug: lowercase ASCII letters and digits in words joined by hyphens, e.g. shendu-guanzhu, got "组工"`,
      `${file}: columns[1].name: expected the column name as printed, e.g. 深度关注, got ""`,
      `${file}: columns[2] (深度关注).colour: unknown field (the fields of a column are: name, slug, description, since, until)`,
    ]);
    expect(problems('columns:\n  - name: 我是党员，我在岗位\n    slug: wo-shi\n  - name: 我是党员我在岗位\n    slug: wo-shi\n  - name: 人物\n    slug: renwu\n    since: "2020-01-01"\n    until: "2019-01-01"\n')).toEqual([
      `${file}: columns[1] (我是党员我在岗位).name: the name "我是党员我在岗位" is also that of columns[0] (我是党员，我在岗位) (each column is registered once; two spellings of one name (with or without ，) are one column)`,
      `${file}: columns[1] (我是党员我在岗位).slug: the slug "wo-shi" is also that of columns[0] (我是党员，我在岗位) (each column needs a URL slug of its own)`,
      `${file}: columns[2] (人物).until: until 2019-01-01 is before since 2020-01-01`,
    ]);
    expect(problems('columns:\n  - name: 二十个字以上的栏目名称二十个字以上的栏目名称\n    slug: long\n')).toEqual([
      `${file}: columns[0] (二十个字以上的栏目名称二十个字以上的栏目).name: is 22 characters long; at most 20 (no printed paper prints a field this long: check that nothing else was pasted into it)`,
    ]);
    expect(problems('columns:\n  - name: 组工视点\n   slug: x\n')[0]).toMatch(/^.*columns\.yaml: yaml: the column registry is not valid YAML at line 3: /u);
    expect(problems('columns: &a\n  - name: 组工视点\n')[0]).toMatch(/yaml: .*anchor &a/u);
    expect(problems('- name: 组工视点\n')[0]).toMatch(/columns\.yaml: registry: expected columns: followed by the list of columns/u);
  });

  it('makes an article naming an unregistered or removed column an error that says where to register it', () => {
    cpSync('content', root, { recursive: true });
    writeFileSync(join(root, 'columns.yaml'), 'columns:\n  - name: 深度关注\n    slug: shendu-guanzhu\n');
    const messages = loadArticles(root).errors.map(formatContentError).filter((message) => message.includes(': column: '));
    expect(messages).toHaveLength(2);
    expect(messages[1]).toContain(`yan-ming-jilv-yongquan.md: column: unknown column "金台潮声" (add it to ${file} (name, slug, description) if the paper prints a new column; registered columns: 深度关注;`);
  });

  it('cannot put markup into a page: a name is text, checked like every printed field', () => {
    expect(problems('columns:\n  - name: "<script>"\n    slug: x\n')).toEqual([]);
    expect(problems('columns:\n  - name: "组工\\u202e视点"\n    slug: x\n')[0]).toContain('U+202E');
  });
});
