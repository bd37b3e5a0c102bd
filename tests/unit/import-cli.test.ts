/**
 * `npm run import` as an editor uses it: on the crafted page (tests/fixtures/import/), a page of
 * the same form as the seed that the importer's heuristics were not written against.
 */
import { typescriptCommand } from '@/lib/build/publish/typescript-command';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/records/load';

const crafted = 'tests/fixtures/import/crafted-page.txt';
let root: string;
let scratch: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'archive-'));
  scratch = mkdtempSync(join(tmpdir(), 'pages-'));
  cpSync('content', root, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

function runImport(...args: string[]) {
  const run = spawnSync(...typescriptCommand('lib/importer/import-page.ts', ...args), { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const written = () => readdirSync(join(root, '2024-05-20')).sort();

describe('npm run import', () => {
  it('writes one valid file per article of a new page, with the front-matter it can infer', () => {
    const { status, stdout } = runImport(crafted, '--date', '2024-05-20', '--page', '11');
    expect(status, stdout).toBe(0);
    expect(stdout).toContain('check:content: 8 article(s)');
    expect(written()).toHaveLength(4);
    const { articles, errors } = loadArticles(join(root, '2024-05-20'));
    expect(errors).toEqual([]);
    const byPosition = [...articles].sort((a, b) => a.position! - b.position!);
    expect(byPosition.map((a) => [a.column?.name, a.series?.name, a.series?.part, a.kicker, a.title, a.subtitle, a.byline, a.authors.join('|')])).toEqual([
      ['金台潮声', undefined, undefined, undefined, '让群众的小事有人管', undefined, '张伟', '张伟'],
      ['我是党员，我在岗位', undefined, undefined, undefined, '“守好群众身边的‘小药箱’”', '——记浙江省杭州市西湖区社区医生陈丽华', '本报记者 王明 李芳', '王明|李芳'],
      ['深度关注', '推进基层治理现代化', 2, '四川省成都市——', '“小区议事会”议出大变化', undefined, '本报记者 赵磊', '赵磊'],
      [undefined, undefined, undefined, undefined, '社区食堂开进老街巷', undefined, '本报记者 孙悦', '孙悦'],
    ]);
    const profile = byPosition[1]!;
    expect(profile.regions.map((r) => r.fullName)).toEqual(['浙江省杭州市西湖区']);
    expect(profile.figures.map((f) => [f.caption, f.credit])).toEqual([
      ['陈丽华在为居民测量血压。', undefined],
      ['陈丽华（左）在社区开展健康讲座。', '本报记者 王明摄'],
    ]);
    expect(profile.headings.map((h) => h.text)).toEqual(['上门服务']);
    expect(profile.html).toContain('<p>清晨7:30，西湖区翠苑街道');
    expect(profile.html).toContain('10,000多名居民');
    expect(profile.html).toContain('去年累计接诊1,200余人次，获得居民一致好评。</p>');
    expect(profile.html).toContain('<p>家庭医生签约服务咨询电话 0571-12345678</p>');
    expect(byPosition[2]!.regions.map((r) => r.name)).toEqual(['成都市', '武侯区']);
    expect(readFileSync(join(root, '2024-05-20', written()[0]!), 'utf8')).toMatch(/^---\ntitle: /u);
  });

  it('shows what it would write with --dry-run, and writes nothing', () => {
    const { status, stdout } = runImport(crafted, '--date', '2024-05-20', '--page', '11', '--dry-run');
    expect(status).toBe(0);
    expect(stdout).toContain('would write');
    expect(stdout).toContain('title: 社区食堂开进老街巷');
    expect(existsSync(join(root, '2024-05-20'))).toBe(false);
  });

  it('never overwrites a file or imports a page twice unless told to with --force', () => {
    expect(runImport(crafted, '--date', '2024-05-20', '--page', '11').status).toBe(0);
    const again = runImport(crafted, '--date', '2024-05-20', '--page', '11');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/nothing written: .* already exist\(s\); use --force to overwrite/u);
    expect(runImport(crafted, '--date', '2024-05-20', '--page', '11', '--force').status).toBe(0);
    expect(written()).toHaveLength(4);
  });

  it('makes slugs unique against the archive', () => {
    writeFileSync(join(root, 'shequ-shitang-kaijin-laojie.md'), readFileSync(join('content/2024-04-09/longyao-dangjian-lianmeng.md'), 'utf8').replace('position: 4', 'position: 5').replace('page: 19', 'page: 20'));
    const { status, stdout } = runImport(crafted, '--date', '2024-05-20', '--page', '11');
    expect(status, stdout).toBe(0);
    expect(written()).toContain('shequ-shitang-kaijin-laojie-2.md');
  });

  it('reports an empty file, GBK bytes and a page without a title with the line, and writes nothing', () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '\n\n');
    expect(runImport(empty, '--date', '2024-05-20').stderr).toContain(`${empty}: the file is empty`);

    const gbk = join(scratch, 'gbk.txt');
    writeFileSync(gbk, Buffer.concat([Buffer.from('金台潮声\n\n'), Buffer.from([0xb5, 0xb3, 0xbd, 0xa8])]));
    const gbkRun = runImport(gbk, '--date', '2024-05-20');
    expect(gbkRun.status).toBe(1);
    expect(gbkRun.stderr).toContain(`${gbk}:3: the text is not UTF-8`);

    const untitled = join(scratch, 'untitled.txt');
    writeFileSync(untitled, '金台潮声\n\n这是一段很长的评论正文，没有标题，也没有作者署名，只有正文的句子。\n\n第二段正文。\n');
    const untitledRun = runImport(untitled, '--date', '2024-05-20');
    expect(untitledRun.status).toBe(1);
    expect(untitledRun.stderr).toContain(`${untitled}:1: no recognisable title`);
    expect(existsSync(join(root, '2024-05-20'))).toBe(false);
  });

  it('refuses a date that is not one', () => {
    const run = runImport(crafted, '--date', '2024-13-45');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--date 2024-13-45 is not a date');
  });

  it('validates its options strictly: decimal page numbers only, an unknown option a one-line usage error', () => {
    const hex = runImport(crafted, '--date', '2024-05-20', '--page', '0x13');
    expect(hex.status).toBe(1);
    expect(hex.stderr).toBe('import: --page 0x13 is not a page number (write it in decimal digits, e.g. 19)\n');
    const unknown = runImport(crafted, '--date', '2024-05-20', '--pgae', '11');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.split('\n')[0]).toMatch(/^import: Unknown option '--pgae'/u);
    expect(unknown.stderr).toContain('usage: npm run import -- PAGE.txt --date YYYY-MM-DD');
    expect(unknown.stderr).not.toMatch(/\n\s+at /u);
  });

  it('reports a control character by its code point and line, never echoing it, and writes nothing', () => {
    const page = join(scratch, 'escape.txt');
    writeFileSync(page, '标题\n本报记者 王明\n第一段\u001b[2J清屏。\n');
    const { status, stderr } = runImport(page, '--date', '2024-05-20');
    expect(status).toBe(1);
    expect(stderr).toContain(`${page}:3: the line holds the invisible control character U+001B`);
    expect(stderr).not.toContain('\u001b');
    expect(existsSync(join(root, '2024-05-20'))).toBe(false);
  });

  it('recognises UTF-16 without a byte-order mark, either way round, instead of calling it GBK', () => {
    const text = readFileSync(crafted, 'utf8');
    const little = join(scratch, 'utf16le.txt');
    writeFileSync(little, Buffer.from(text, 'utf16le'));
    const big = join(scratch, 'utf16be.txt');
    writeFileSync(big, Buffer.from(text, 'utf16le').swap16());
    expect(runImport(little, '--date', '2024-05-20').stderr).toContain(`${little}:1: the file is UTF-16 (little-endian, without a byte-order mark); save it as UTF-8, e.g. iconv -f UTF-16LE -t UTF-8`);
    expect(runImport(big, '--date', '2024-05-20').stderr).toContain(`${big}:1: the file is UTF-16 (big-endian, without a byte-order mark)`);
    expect(existsSync(join(root, '2024-05-20'))).toBe(false);
  });

  it('names the page file, its lines and the file each story would become when a story fails the contract, never a temporary folder', () => {
    const { status, stderr } = runImport(crafted, '--date', '1900-01-01', '--page', '11');
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^  ${crafted}:\\d+-\\d+ → ${root}/1900-01-01/[a-z0-9-]+\\.md: date: 1900-01-01 is outside the paper's dates`, 'mu'));
    expect(stderr).toContain(`import: nothing written: 4 problem(s) in the files ${crafted} would become (see above)`);
    // The check ran in a scratch folder (import-…) that is deleted before the editor reads this.
    expect(stderr).not.toContain(`${tmpdir()}/import-`);
    expect(existsSync(join(root, '1900-01-01'))).toBe(false);
  });

  it('answers a text of more stories than a page holds with one clear error', () => {
    const page = join(scratch, 'many.txt');
    writeFileSync(page, Array.from({ length: 60 }, (_, index) => `第${index + 1}条新闻的标题\n本报记者 王明\n这是第${index + 1}条新闻的正文，讲述基层党建工作的做法和成效。\n`).join('\n'));
    const { status, stderr } = runImport(page, '--date', '2024-05-20');
    expect(status).toBe(1);
    expect(stderr).toBe(`${page}: the text holds 60 stories, and a printed page at most 50: is it more than one page, or a file of another kind?\nimport: nothing written: 1 problem(s) in ${page}\n`);
  });

  it('registers the columns a page prints and the registry lacks, by where their headers stand, and reports each', () => {
    const page = 'tests/fixtures/import/new-columns-page.txt';
    const before = readFileSync(join(root, 'columns.yaml'), 'utf8');
    const dry = runImport(page, '--date', '2024-05-21', '--page', '11', '--dry-run');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('新栏目 组工视点 → zugong-shidian：请补充简介');
    expect(readFileSync(join(root, 'columns.yaml'), 'utf8')).toBe(before);

    const { status, stdout, stderr } = runImport(page, '--date', '2024-05-21', '--page', '11');
    expect(status, stderr).toBe(0);
    expect(stdout.match(/新栏目 \S+ → \S+：请补充简介/gu)).toEqual(['新栏目 组工视点 → zugong-shidian：请补充简介', '新栏目 身边的共产党员 → shenbian-de-gongchan-dangyuan：请补充简介', '新栏目 一线见闻 → yixian-jianwen：请补充简介']);
    const registry = readFileSync(join(root, 'columns.yaml'), 'utf8');
    expect(registry.startsWith(before)).toBe(true);
    const { articles, errors, columns } = loadArticles(root);
    expect(errors).toEqual([]);
    expect(columns.columns.map((column) => column.name)).toEqual(['深度关注', '金台潮声', '我是党员，我在岗位', '组工视点', '身边的共产党员', '一线见闻']);
    const day = articles.filter((article) => article.date === '2024-05-21').sort((a, b) => a.position! - b.position!);
    expect(day.map((a) => [a.column?.name, a.series?.name, a.series?.part, a.title, a.byline])).toEqual([
      ['组工视点', '推进基层减负', 3, '“减”出干事创业新空间', '本报记者 王明'],
      ['金台潮声', undefined, undefined, '让基层干部轻装上阵', '李林蔚'],
      ['身边的共产党员', undefined, undefined, '“群众的事就是我的事”', '本报记者 刘芳'],
      ['一线见闻', undefined, undefined, '山村来了“流动党课”', '本报记者 赵磊'],
    ]);
    expect(day[2]!.figures.map((figure) => [figure.caption, figure.credit])).toEqual([['张华在走访居民。', '本报记者 刘芳摄']]);
    // Nothing of a header is left behind as a heading of the story before it.
    expect(day.flatMap((a) => a.headings.map((heading) => heading.text))).toEqual([]);
  });

  it('asks instead of guessing when an opening line may be a column header or the text, names the line and writes nothing', () => {
    const page = 'tests/fixtures/import/unregistered-commentary.txt';
    const { status, stderr } = runImport(page, '--date', '2024-05-22', '--page', '3');
    expect(status).toBe(1);
    expect(stderr).toContain(`${page}:1: “组工视点” may be a column header or the first line of the text: if it is a column, add it to the registry (columns.yaml: - name: 组工视点, slug: …) and import again; if it is text, end it with its punctuation`);
    expect(existsSync(join(root, '2024-05-22'))).toBe(false);
    // Registered, the same page imports as a commentary of that column.
    writeFileSync(join(root, 'columns.yaml'), `${readFileSync(join(root, 'columns.yaml'), 'utf8')}  - name: 组工视点\n    slug: zugong-shidian\n`);
    const again = runImport(page, '--date', '2024-05-22', '--page', '3');
    expect(again.status, again.stderr).toBe(0);
    const [story] = loadArticles(join(root, '2024-05-22')).articles;
    expect([story!.column?.name, story!.title, story!.byline]).toEqual(['组工视点', '让基层干部轻装上阵', '李林蔚']);
  });
});
