/**
 * What the importer writes is read back as printed: any printable raw text, Markdown's own
 * characters included, survives import → content file → the build's Markdown pipeline with its
 * characters intact (apart from the documented restoring of ，：；？！（） in Chinese text).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPage } from '@/lib/importer';
import { restoreFullWidthPunctuation } from '@/lib/importer/punctuation';
import { textOfHtml } from '@/lib/records/html-text';
import { loadArticles } from '@/lib/records/load';
import { loadColumnRegistry } from '@/lib/records/column-registry';

const scratch = mkdtempSync(join(tmpdir(), 'round-trip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Imports a page of one article with these paragraphs and returns the paragraphs as the build renders them. */
function roundTrip(paragraphs: readonly string[], name: string): string[] {
  const raw = ['标题测试文章', '本报记者 王明', ...paragraphs].join('\n');
  const result = importPage(new TextEncoder().encode(raw), { date: '2024-05-20', page: 3, columns: loadColumnRegistry('content').registry });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  const root = join(scratch, name);
  for (const file of result.files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.source);
  }
  const { articles, errors } = loadArticles(root);
  expect(errors).toEqual([]);
  expect(articles).toHaveLength(1);
  return textOfHtml(articles[0]!.html).split('\n');
}

const expected = (paragraph: string) => restoreFullWidthPunctuation(paragraph);

describe('importing keeps every character as printed', () => {
  it('escapes every Markdown construct that could open a line: fences, rules, headings, lists, quotes, tables, HTML, code', () => {
    const paragraphs = [
      '~~~ 围栏之后的文字也要保留。',
      '``` 代码围栏也是文字。',
      '--- 三条横线不是分隔线。',
      '### 三个井号不是标题。',
      '=== 等号不是标题下划线。',
      '1. 数字加点不是列表。',
      '2) 数字加括号也不是。',
      '> 大于号不是引用。',
      '- 减号不是列表。',
      '+ 加号不是列表。',
      '| 表格 | 竖线 | 都是文字。',
      '<script>alert(1)</script> 标签也是文字。',
      '*星号* _下划线_ `反引号` [方括号](链接) \\反斜杠 &amp; 都是文字。',
    ];
    expect(roundTrip(paragraphs, 'constructs')).toEqual(paragraphs.map(expected));
  });

  it('survives random printable text made of Markdown marks, digits, Latin and Chinese (fuzz, 40 pages)', () => {
    let state = 2024;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pool = [...'#*_`~>-+=|[]()<>&\\!.:;,?/"\'{}0123456789 abcXYZ党建联盟助力企业发展群众干部担当，“”'];
    // Half the paragraphs open with what would start a Markdown block.
    const openers = ['~~~', '```', '---', '***', '___', '###', '#', '===', '1.', '2)', '>', '-', '+', '|', '<div>', '[x]:'];
    for (let page = 0; page < 40; page += 1) {
      const paragraphs = Array.from({ length: 3 }, () => {
        const body = Array.from({ length: 12 + Math.floor(random() * 30) }, () => pool[Math.floor(random() * pool.length)]!).join('');
        // Sentences end as printed, so the importer never joins them; no paragraph opens with a space.
        const opener = random() < 0.5 ? `${openers[Math.floor(random() * openers.length)]!}${random() < 0.5 ? ' ' : ''}` : '';
        return `${`${opener}${body}`.replace(/\s+/gu, ' ').trim() || '文'}文字。`;
      });
      expect(roundTrip(paragraphs, `fuzz-${page}`), paragraphs.join(' / ')).toEqual(paragraphs.map(expected));
    }
  });
});
