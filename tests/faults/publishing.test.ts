/**
 * A build as an unlucky editor meets it: a wrong file, Ctrl-C or SIGTERM at every step, a build
 * killed outright, two builds at once, a full disk, a host serving the site while it is rebuilt,
 * a mount point at `out`. Each time `out` must be a whole site, the previous one or the new one,
 * and nothing of the build may go on running. Real builds of the seed content, one at a time.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteStore } from '@/lib/build/publish/site-store';
import { alive, descendants, siteFiles, startBuild, waitForStep, type RunningBuild } from '../support/build-process';
import { staticServer } from '../support/static-server';

const work = 'test-results/faults';
const content = join(work, 'content');
const out = join(work, 'out');
const env = { CONTENT_DIR: content };
const storyFile = join(content, '2024-04-09', 'quanzhou-ganbu-dandang.md');
const storyPath = 'articles/quanzhou-ganbu-dandang/index.html';
const originalTitle = '增强干部“会担当”“重担当”“敢担当”的能力本领';
const isRoot = process.getuid?.() === 0;

function setTitle(title: string): void {
  const text = readFileSync(storyFile, 'utf8').replace(/^title: .*$/mu, `title: ${title}`);
  writeFileSync(storyFile, text);
}

async function build(target = out, ...args: string[]): Promise<{ code: number | null; output: string }> {
  const running = startBuild(target, env, args);
  const { code } = await running.exited;
  return { code, output: running.output() };
}

/** Stops a running build as a user would, and checks that all of it ended within a few seconds. */
async function stopAndCheck(running: RunningBuild, tree: { pid: number }[], how: 'SIGTERM' | 'SIGINT'): Promise<{ code: number | null; seconds: number }> {
  const sentAt = performance.now();
  // SIGTERM as a process manager sends it to npm; SIGINT as Ctrl-C sends it to the terminal's whole group.
  if (how === 'SIGTERM') running.child.kill('SIGTERM');
  else process.kill(-running.child.pid!, 'SIGINT');
  const { code } = await running.exited;
  const pids = tree.map((entry) => entry.pid);
  while (alive(pids).length > 0 && performance.now() - sentAt < 8000) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(alive(pids), `still running after ${how}:\n${running.output().slice(-1500)}`).toEqual([]);
  return { code, seconds: (performance.now() - sentAt) / 1000 };
}

const partialSites = (target = out) => {
  const { store } = siteStore(target);
  return existsSync(store) ? readdirSync(store).filter((entry) => entry.endsWith('.partial')) : [];
};

let published: Map<string, string>;

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync('content', content, { recursive: true });
});

afterAll(() => {
  setTitle(originalTitle);
});

describe.sequential('npm run build publishes a whole site or none', () => {
  it('publishes out as a link to a complete site', async () => {
    const { code, output } = await build();
    expect(code, output).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(output).toMatch(/build: published test-results\/faults\/out → \.out\.sites\/\S+/u);
    published = siteFiles(out);
    for (const path of ['index.html', storyPath, 'sw.js', 'feed.xml', 'sitemap.xml', 'search-index/manifest.json']) expect(published.has(path), path).toBe(true);
  }, 180_000);

  it('leaves the live site as it was when a content file is wrong, and names the file', async () => {
    const broken = join(content, '2024-04-09', 'broken.md');
    writeFileSync(broken, '---\ntitle: 缺少日期\n---\n\n正文。\n');
    try {
      const { code, output } = await build();
      expect(code).toBe(1);
      expect(output).toContain(`${broken}: date:`);
      expect(output).toContain('test-results/faults/out stays as it was');
      expect(siteFiles(out)).toEqual(published);
    } finally {
      rmSync(broken);
    }
  }, 120_000);

  const steps: { step: string; process: RegExp; how: 'SIGTERM' | 'SIGINT' }[] = [
    { step: 'index:content', process: /index-content\.ts/u, how: 'SIGINT' },
    { step: 'the search index', process: /index-search\.ts/u, how: 'SIGTERM' },
    { step: 'next build', process: /next-build|next build/u, how: 'SIGTERM' },
    { step: 'export-site', process: /export-site\.ts/u, how: 'SIGTERM' },
  ];
  for (const { step, process: command, how } of steps) {
    it(`${how} during ${step} ends every process of the build within seconds and leaves out as it was`, async () => {
      setTitle('构建中途停下的新标题');
      const running = startBuild(out, env);
      const tree = await waitForStep(running, command);
      const { code, seconds } = await stopAndCheck(running, descendants(running.child.pid!).concat(tree), how);
      expect(code).not.toBe(0);
      expect(seconds).toBeLessThan(8);
      expect(running.output()).toContain(`build: ${how}: stopping every step; test-results/faults/out stays as it was`);
      expect(siteFiles(out)).toEqual(published);
      expect(partialSites()).toEqual([]);
      expect(existsSync('.cache/build.lock')).toBe(false);
    }, 180_000);
  }

  it('refuses a second build in the same checkout while one runs, saying which', async () => {
    const first = startBuild(out, env);
    const tree = await waitForStep(first, /next-build|next build/u);
    const second = await build(join(work, 'other-out'));
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/build: another build \(process \d+, started \S+, writing test-results\/faults\/out\) is running in this checkout: wait for it to end, or stop it with kill \d+/u);
    await stopAndCheck(first, tree, 'SIGTERM');
    expect(existsSync(join(work, 'other-out'))).toBe(false);
  }, 180_000);

  it('survives a build killed outright: the next build stops what it left running, cleans up and publishes, and a host serving out never misses a page', async () => {
    const killed = startBuild(out, env);
    const tree = await waitForStep(killed, /next-build|next build/u);
    const buildSite = tree.find((entry) => /(?:^|\/)node .*build-site\.ts/u.test(entry.command))!;
    // Its parent (npm) too, so nothing is left to notice: as if the machine's OOM killer took both.
    process.kill(buildSite.parent, 'SIGKILL');
    process.kill(buildSite.pid, 'SIGKILL');
    await killed.exited;
    expect(siteFiles(out)).toEqual(published);
    const orphans = tree.filter((entry) => entry.pid !== buildSite.pid && entry.pid !== buildSite.parent).map((entry) => entry.pid);

    setTitle('轮询期间发布的新标题');
    const host = await staticServer(out);
    const paths = ['/', `/${storyPath.replace('index.html', '')}`, '/feed.xml', '/sitemap.xml', '/search-index/manifest.json', '/columns/shendu-guanzhu/'];
    const misses: string[] = [];
    const titles = new Set<string>();
    let polls = 0;
    let polling = true;
    const poller = (async () => {
      while (polling) {
        for (const path of paths) {
          const response = await fetch(`${host.origin}${path}`);
          const body = await response.text();
          polls += 1;
          if (response.status !== 200) misses.push(`${path}: ${response.status}`);
          if (path.startsWith('/articles/')) {
            if (!body.trimEnd().endsWith('</html>')) misses.push(`${path}: cut short`);
            titles.add(/<h1[^>]*>([^<]*)</u.exec(body)?.[1] ?? '(none)');
          }
        }
      }
    })();
    try {
      const next = await build();
      expect(next.code, next.output).toBe(0);
      expect(next.output).toMatch(/the build of process \d+ \(started \S+\) ended without releasing its lock; what it left running was stopped/u);
    } finally {
      polling = false;
      await poller;
      await host.stop();
    }
    expect(alive(orphans)).toEqual([]);
    expect(misses).toEqual([]);
    expect(polls).toBeGreaterThan(100);
    expect([...titles].every((title) => [originalTitle, '轮询期间发布的新标题'].includes(title))).toBe(true);
    expect(titles.has('轮询期间发布的新标题')).toBe(true);
    expect(readFileSync(join(out, storyPath), 'utf8')).toContain('轮询期间发布的新标题');
    expect(partialSites()).toEqual([]);
    // The live site and the one before it, for readers whose pages still name its files.
    expect(readdirSync(siteStore(out).store).filter((entry) => entry !== '.trash')).toHaveLength(2);
    published = siteFiles(out);
  }, 300_000);
});

describe.skipIf(!isRoot).sequential('a full disk and a mount point (tmpfs, as root)', () => {
  const mounted: string[] = [];
  const mount = (path: string, size: string) => {
    mkdirSync(path, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path]);
    mounted.push(path);
  };
  afterAll(() => {
    for (const path of mounted.reverse()) execFileSync('umount', ['-l', path]);
  });

  it('leaves out as it was when the disk fills up while the new site is written', async () => {
    const disk = join(work, 'small-disk');
    mount(disk, '16m');
    const target = join(disk, 'out');
    const first = await build(target);
    expect(first.code, first.output).toBe(0);
    // Room for half a site more, whatever a site weighs now: the next site cannot fit beside it.
    const { blocks, bfree, bsize } = statfsSync(disk);
    execFileSync('mount', ['-o', `remount,size=${Math.ceil(((blocks - bfree) * bsize * 1.5) / 1024)}k`, disk]);
    const before = siteFiles(target);
    setTitle('磁盘写满时的新标题');
    // A full build writes a whole new site (an incremental one links the files that stay).
    const second = await build(target, '--full');
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/ENOSPC|no space left/iu);
    expect(second.output).toContain(`${target} stays as it was`);
    expect(siteFiles(target)).toEqual(before);
    expect(partialSites(target)).toEqual([]);
  }, 300_000);

  it('publishes into a mount point at out file by file, each file whole, and removes what the new site lacks', async () => {
    const target = join(work, 'mounted-out');
    mount(target, '64m');
    writeFileSync(join(target, 'stale-page.html'), '<p>an old file</p>');
    setTitle('挂载点上的新标题');
    const { code, output } = await build(target);
    expect(code, output).toBe(0);
    expect(output).toMatch(/build: published test-results\/faults\/mounted-out is a mount point: \d+ file\(s\) replaced and 1 removed in place, each whole/u);
    expect(lstatSync(target).isDirectory()).toBe(true);
    expect(readFileSync(join(target, storyPath), 'utf8')).toContain('挂载点上的新标题');
    expect(existsSync(join(target, 'stale-page.html'))).toBe(false);
    expect(readdirSync(target).filter((entry) => entry.startsWith('.publishing-'))).toEqual([]);
  }, 300_000);
});
