import { typescriptCommand } from '@/lib/build/publish/typescript-command';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { formatContentError } from '@/lib/records/errors';
import { loadArticles } from '@/lib/records/load';
import { contentLimits } from '@/lib/records/schema';

const limits = 'tests/fixtures/content/limits';

/** The problems of one class's fixture folder, as an editor reads them. */
function problems(name: string): { articles: number; messages: string[] } {
  const { articles, errors } = loadArticles(join(limits, name), { publicDir: 'public' });
  return { articles: articles.length, messages: errors.map(formatContentError) };
}

describe('the content contract has limits, each an error naming the file and the field', () => {
  it('refuses YAML anchors before any alias is expanded (billion laughs, multiplied fields)', () => {
    const { articles, messages } = problems('yaml-aliases');
    expect(articles).toBe(0);
    expect(messages).toEqual([
      `${limits}/yaml-aliases/billion-laughs.md: yaml: the front-matter uses the YAML anchor &a at line 2: anchors and aliases (&name, *name) are not allowed (write each value out where it belongs; an alias can repeat a value without limit)`,
      `${limits}/yaml-aliases/multiplied-tags.md: yaml: the front-matter uses the YAML anchor &topics at line 4: anchors and aliases (&name, *name) are not allowed (write each value out where it belongs; an alias can repeat a value without limit)`,
    ]);
  });

  it('bounds the length of printed fields, and prints only a count, never the value', () => {
    const { messages } = problems('long-fields');
    expect(messages).toEqual([
      `${limits}/long-fields/long-title.md: title: is 1000 characters long; at most ${contentLimits.title} (no printed paper prints a field this long: check that nothing else was pasted into it)`,
      `${limits}/long-fields/long-values.md: column: expected a column name of at most 40 characters, got "${'栏'.repeat(38)}…`,
      `${limits}/long-fields/long-values.md: regions[0]: expected a region name or code of at most 40 characters, got "${'泉'.repeat(38)}…`,
    ]);
    for (const message of messages) expect(message.length).toBeLessThan(300);
  });

  it('bounds page, position and series part to what a paper prints, and dates to its issues', () => {
    const { messages } = problems('bounds');
    expect(messages).toEqual([
      `${limits}/bounds/huge-series-part.md: seriesPart: 1000000 is not a part number of a series: expected a whole number from 1 to 100`,
      `${limits}/bounds/huge-series-part.md: page: 500 is not a page number: expected a whole number from 1 to 100`,
      `${limits}/bounds/huge-series-part.md: position: 99 is not a position on a page: expected a whole number from 1 to 50`,
      expect.stringMatching(/^tests\/fixtures\/content\/limits\/bounds\/year-9999\.md: date: 9999-12-31 is outside the paper's dates: expected a day from 1948-06-15 \(the first issue\) to \d{4}-\d{2}-\d{2} \(tomorrow\)$/u),
    ]);
  });

  it('refuses control and text-direction characters, and drops a BOM and no-break spaces', () => {
    const { messages } = problems('control-characters');
    expect(messages).toEqual([
      `${limits}/control-characters/body-escape.md: body: contains the character U+001B at line 8, which no page prints (delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds)`,
      `${limits}/control-characters/nul-and-bidi.md: title: contains the character U+0000 at character 1, which no page prints (delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds)`,
      `${limits}/control-characters/nul-and-bidi.md: kicker: contains the character U+202E at character 3, which no page prints (delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds)`,
      // A message names such characters by code point: printed raw, ESC would drive the terminal.
      expect.stringMatching(/^tests\/fixtures\/content\/limits\/control-characters\/region-escape\.md: regions\[0\]: unknown region "U\+001B\[2J福建U\+202E"/u),
      // Characters XML 1.0 forbids: a feed holding one is no longer XML.
      `${limits}/control-characters/xml-forbidden.md: title: contains the character U+FFFE at character 3, which no page prints (delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds)`,
      `${limits}/control-characters/xml-forbidden.md: kicker: contains the character U+D800 at character 3, which no page prints (delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds)`,
      `${limits}/control-characters/xml-forbidden.md: subtitle: contains the character U+10FFFF at character 3, which no page prints (delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds)`,
      `${limits}/control-characters/xml-forbidden.md: body: contains the character U+FFFF at line 9, which no page prints (delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds)`,
    ]);
    for (const message of messages) expect(message).not.toMatch(/[\u001b\u202e\u0000]/u);
  });

  it('requires visible text: a title of zero-width spaces is no title', () => {
    expect(problems('invisible-title').messages).toEqual([
      `${limits}/invisible-title/zero-width.md: title: has no visible character: expected printed text (zero-width and other format characters alone print nothing)`,
    ]);
  });

  it('keeps figure paths inside public/ and never asks the disk about anything outside it', () => {
    const hint = '(write the path from the site root without .. or backslashes, e.g. /images/2024/x.jpg, or an https:// URL)';
    const hostHint = "(every reader's browser would call that host; put the image under public/ and write its path (/images/x.jpg), or add the host to IMAGE_HOSTS (none set))";
    expect(problems('figure-paths').messages).toEqual([
      `${limits}/figure-paths/escapes-public.md: figures[0].src: image path "/../../../../etc/passwd" leaves the site's public/ folder ${hint}`,
      `${limits}/figure-paths/escapes-public.md: figures[1].src: image path "/\\evil.example/../x.png" leaves the site's public/ folder ${hint}`,
      `${limits}/figure-paths/tracking-pixel.md: figures[0].src: an image from evil.example, a host the site does not name ${hostHint}`,
      `${limits}/figure-paths/tracking-pixel.md: figures[1].src: an image URL on paper.people.com.cn with a user name, password or port, which the site does not load ${hostHint}`,
    ]);
  });

  it('takes images from https hosts only when the site names them in IMAGE_HOSTS', async () => {
    vi.stubEnv('IMAGE_HOSTS', 'paper.people.com.cn, evil.example');
    vi.resetModules();
    const { loadArticles: load } = await import('@/lib/records/load');
    const { formatContentError: format } = await import('@/lib/records/errors');
    expect(load(join(limits, 'figure-paths'), { publicDir: 'public' }).errors.map(format).filter((message) => message.includes('tracking-pixel'))).toEqual([
      `${limits}/figure-paths/tracking-pixel.md: figures[1].src: an image URL on paper.people.com.cn with a user name, password or port, which the site does not load (every reader's browser would call that host; put the image under public/ and write its path (/images/x.jpg), or add the host to IMAGE_HOSTS (now: paper.people.com.cn, evil.example))`,
    ]);
    vi.stubEnv('IMAGE_HOSTS', 'https://evil.example');
    vi.resetModules();
    await expect(import('@/lib/site/settings')).rejects.toThrow('IMAGE_HOSTS: "https://evil.example" is not a host name: expected lower-case names such as paper.people.com.cn, separated by commas');
    vi.unstubAllEnvs();
  });

  it('gives every series a page of its own: a shared pinyin slug or an empty one is an error', () => {
    const { articles, messages } = problems('series-slugs');
    expect(articles).toBe(1);
    expect(messages).toEqual([
      `${limits}/series-slugs/gongshi-b.md: series: series "公示" and series "公式" (${limits}/series-slugs/gongshi-a.md) would share the page /series/gongshi/ (two series need names whose pinyin differs: rename one of them)`,
      `${limits}/series-slugs/stars.md: series: series "★★★" has no letters or Chinese characters to name its page after (give the series a name in words)`,
    ]);
  });

  it('bounds Markdown nesting and emphasis before rendering, so no body overflows the stack or stalls', () => {
    const { articles, messages } = problems('deep-markdown');
    expect(articles).toBe(0);
    const hint = '(a newspaper article has no deeply nested quotes or lists: check the > and - at the start of the line)';
    expect(messages).toEqual([
      `${limits}/deep-markdown/emphasis-runs.md: body: has 90000 * and _ marks; at most ${contentLimits.emphasisMarks} (write * or _ meant as text as \\* or \\_)`,
      `${limits}/deep-markdown/indented-lists.md: body: block quotes or lists are nested more than 8 deep at line 14; at most 8 ${hint}`,
      `${limits}/deep-markdown/link-brackets.md: body: has 20000 [ brackets; at most ${contentLimits.brackets} (write [ meant as text as \\[, or use the full-width 【】 the paper prints)`,
      `${limits}/deep-markdown/nested-lists.md: body: block quotes or lists are nested more than 8 deep at line 6; at most 8 ${hint}`,
      `${limits}/deep-markdown/nested-quotes.md: body: block quotes or lists are nested more than 8 deep at line 6; at most 8 ${hint}`,
    ]);
  });
});

describe('check:content on the whole hostile set', () => {
  // Bounded by the work each file may cost (the limits above), not by a timed assertion: the
  // run is only given the test's own timeout.
  it('reports every file of every class at once, with no stack trace', () => {
    const run = spawnSync(...typescriptCommand('lib/build/cli/check-content.ts'), { env: { ...process.env, CONTENT_DIR: limits }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const output = `${run.stdout}${run.stderr}`;
    for (const file of ['billion-laughs', 'multiplied-tags', 'long-title', 'long-values', 'huge-series-part', 'year-9999', 'nul-and-bidi', 'body-escape', 'zero-width', 'escapes-public', 'gongshi-b', 'stars', 'emphasis-runs', 'indented-lists', 'link-brackets', 'nested-lists', 'nested-quotes']) {
      expect(output).toContain(`${file}.md: `);
    }
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/u);
  });
});

describe('symbolic links in the content folder', () => {
  it('follows a link that stays inside, and reports one that leads out instead of skipping it', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'links-'));
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    try {
      mkdirSync(join(root, 'drafts'));
      const article = '---\ntitle: 标题\ndate: "2024-04-09"\n---\n\n正文。\n';
      writeFileSync(join(root, 'drafts', 'real.md'), article);
      writeFileSync(join(outside, 'secret.md'), article);
      symlinkSync(join(root, 'drafts', 'real.md'), join(root, 'linked-inside.md'));
      symlinkSync(join(outside, 'secret.md'), join(root, 'linked-outside.md'));
      const { articles, errors } = loadArticles(root);
      expect(articles.map((a) => a.slug).sort()).toEqual(['linked-inside', 'real']);
      expect(errors.map(formatContentError)).toEqual([
        expect.stringMatching(/linked-outside\.md: file: is a symbolic link to .*secret\.md, outside the content folder \(copy the file into the content folder instead of linking to it\)$/u),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
