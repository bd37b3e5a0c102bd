/**
 * Incremental builds write what a full build writes. On a generated archive of 296 stories and
 * a page imported as editors import one, each change an editor makes is built incrementally and
 * then from scratch (`--full`, a new .next) into another folder, and the two sites are compared
 * file for file and byte for byte: a new day, an edited story, a removed story, a renamed
 * column (a registry change, which makes a full build). Between them, an incremental build
 * stopped halfway leaves the site as it was and a state the next build can use or discard.
 * The last comparison is of two full builds from a removed `.next` with the same commit and
 * content, so it also proves builds reproducible: no random build id, timestamp or ordering.
 * Real builds, a few minutes in all.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addNextStories } from '@/lib/bench/publishing';
import { typescriptCommand } from '@/lib/build/publish/typescript-command';
import { siteFiles, startBuild, waitForOutput } from '../support/build-process';

const work = 'test-results/incremental';
const archive = join(work, 'archive');
const incremental = join(work, 'incremental-site');
const scratch = join(work, 'scratch-site');
const env = { CONTENT_DIR: archive };

const generate = (count: number, out: string) => execFileSync(...typescriptCommand('lib/bench/gen-archive.ts', '--count', String(count), '--out', out), { stdio: 'ignore' });

async function build(out: string, ...args: string[]): Promise<string> {
  const running = startBuild(out, env, args);
  const { code } = await running.exited;
  expect(code, running.output().slice(-3000)).toBe(0);
  return running.output();
}

/** What each incremental build published, with the content it was built from, to compare with from-scratch builds at the end. */
const published: { name: string; content: string; files: Map<string, string> }[] = [];

/**
 * Builds incrementally and keeps the site's files and a copy of the content. The from-scratch
 * builds come after all of them (last test): a full build compiles .next again, and a live site
 * is only built on with the compile it was rendered with.
 */
async function buildIncrementally(name: string): Promise<string> {
  const output = await build(incremental);
  const content = join(work, `content-${name}`);
  cpSync(archive, content, { recursive: true });
  published.push({ name, content, files: siteFiles(incremental) });
  return output;
}

/** What differs between two sites' files. */
function differences(built: Map<string, string>, expected: Map<string, string>) {
  return {
    differing: [...expected].filter(([path, hash]) => built.has(path) && built.get(path) !== hash).map(([path]) => path),
    missing: [...expected.keys()].filter((path) => !built.has(path)),
    extra: [...built.keys()].filter((path) => !expected.has(path)),
  };
}

const same = { differing: [], missing: [], extra: [] };

/** Files of the live site that are not the previous site's files linked in: what the build wrote. */
function writtenSince(previous: Map<string, number>): string[] {
  const root = join(work, readlinkSync(incremental));
  return [...inodes(root)].filter(([path, inode]) => previous.get(path) !== inode).map(([path]) => path);
}

function inodes(root: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(join(entry.parentPath, entry.name).slice(root.length + 1), statSync(join(entry.parentPath, entry.name)).ino);
  }
  return found;
}

const liveInodes = () => inodes(join(work, readlinkSync(incremental)));

/** The inodes of the search index's result files (d/<number>.bin), by path within the index's folder, which every build names anew. */
const resultFiles = (files: Map<string, number>) => new Map([...files].filter(([path]) => /^search-index\/[^/]+\/d\//u.test(path)).map(([path, inode]) => [path.split('/').slice(2).join('/'), inode]));

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  generate(296, archive);
  execFileSync(...typescriptCommand('lib/importer/import-page.ts', 'tests/fixtures/import/crafted-page.txt', '--date', '2024-05-20', '--page', '11'), { env: { ...process.env, ...env }, stdio: 'ignore' });
  const first = await build(incremental);
  expect(first).toMatch(/^build: full/mu);
}, 300_000);

describe('an incremental build', () => {
  it('publishes a new day as a full build would, rewriting only the pages it changes', async () => {
    // The generated archive's next eight stories, printed the day after the imported page (the
    // newest day), as a daily paper's next day comes (as the bench adds them): the registry as it was.
    const added = addNextStories(archive, 296);
    expect(added).toHaveLength(8);
    expect(new Set(added.map((path) => dirname(path)))).toEqual(new Set([join(archive, '2024-05-21')]));
    const before = liveInodes();
    const output = await buildIncrementally('new-day');
    expect(output).toMatch(/build: incremental/u);
    // The day's stories and those whose related stories now include them: not every story.
    const articlePages = (paths: Iterable<string>) => [...paths].filter((path) => path.startsWith('articles/') && path.endsWith('index.html'));
    const written = articlePages(writtenSince(before));
    expect(written.length).toBeGreaterThanOrEqual(8);
    expect(written.length).toBeLessThan(articlePages(before.keys()).length * 0.75);
    // The search index is updated, not written again: the older stories' result files are the old ones.
    expect(output).toMatch(/index-search: \d+ article\(s\), updated/u);
    const [resultsBefore, resultsNow] = [resultFiles(before), resultFiles(liveInodes())];
    expect(resultsNow.size).toBe(resultsBefore.size + 8);
    expect([...resultsBefore].filter(([path, inode]) => resultsNow.get(path) !== inode)).toEqual([]);
  }, 300_000);

  it('stopped halfway, leaves the site as it was; the next build rebuilds an edited story and the pages that show it as a full build would', async () => {
    const file = join(archive, '2019-01-15', readdirSync(join(archive, '2019-01-15'))[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/mu, 'title: 改过的标题：一篇改过的报道'));
    const live = readlinkSync(incremental);
    const files = siteFiles(incremental);
    const stopped = startBuild(incremental, env);
    // Next starts beside index:content, and renders once the snapshot and the page selection are written.
    await waitForOutput(stopped, /Generating static pages/u);
    process.kill(-stopped.child.pid!, 'SIGINT');
    expect((await stopped.exited).code).not.toBe(0);
    expect(readlinkSync(incremental)).toBe(live);
    expect(siteFiles(incremental)).toEqual(files);

    // The next build builds on the same previous site, and writes what a full build writes.
    const before = liveInodes();
    const output = await buildIncrementally('edit');
    expect(output).toMatch(/build: incremental/u);
    const written = writtenSince(before).filter((path) => path.endsWith('.html'));
    expect(output).toMatch(/index-search: \d+ article\(s\), updated/u);
    const slug = file.split('/').pop()!.replace(/\.md$/u, '');
    expect(written).toContain(`articles/${slug}/index.html`);
    // The pages of stories that neither show the edited one nor are shown by it are the old files.
    const pages = [...before.keys()].filter((path) => path.endsWith('.html'));
    expect(written.length / pages.length).toBeLessThan(0.1);
  }, 300_000);

  it('removes a removed story everywhere, the search index included', async () => {
    const folder = join(archive, '2019-01-20');
    const file = readdirSync(folder)[0]!;
    const slug = file.replace(/\.md$/u, '');
    // A story no other lists as curated related (a dangling related slug is a content error).
    rmSync(join(folder, file));
    const output = await buildIncrementally('removal');
    expect(output).toMatch(/build: incremental/u);
    // Every later story's number moves: the index is written whole, and says why.
    expect(output).toMatch(/index-search: \d+ article\(s\), written whole \(1 fewer stories than the previous build\)/u);
    expect(siteFiles(incremental).has(`articles/${slug}/index.html`)).toBe(false);
  }, 300_000);

  it('after a renamed column (a registry change), builds in full and as a full build would', async () => {
    const registry = join(archive, 'columns.yaml');
    const renamed = (text: string) => text.replaceAll('金台潮声', '金台潮声·评论');
    writeFileSync(registry, renamed(readFileSync(registry, 'utf8')));
    for (const entry of readdirSync(archive, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.md')) {
        const path = join(entry.parentPath, entry.name);
        writeFileSync(path, renamed(readFileSync(path, 'utf8')));
      }
    }
    const output = await buildIncrementally('renamed-column');
    expect(output).toMatch(/build: full \(the code, its settings, dependencies or the column registry changed\)/u);
    expect(readFileSync(join(work, readlinkSync(incremental), 'columns', 'index.html'), 'utf8')).toContain('金台潮声·评论');
  }, 300_000);

  it('published, each time, what a from-scratch build of the same content writes, byte for byte', async () => {
    expect(published.map((site) => site.name)).toEqual(['new-day', 'edit', 'removal', 'renamed-column']);
    for (const site of published) {
      rmSync(archive, { recursive: true, force: true });
      cpSync(site.content, archive, { recursive: true });
      await build(scratch, '--full');
      expect({ site: site.name, ...differences(site.files, siteFiles(scratch)) }).toEqual({ site: site.name, ...same });
    }
  }, 600_000);
});
