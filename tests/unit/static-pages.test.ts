/**
 * What an incremental build renders again is decided by each page's digest of what it shows
 * (lib/api/static-pages.ts) and the plan made from two builds' digests (lib/build/incremental/plan.ts).
 * A generated archive is built twice in temporary folders, the second time with one change an
 * editor makes; the pages whose digests change are the pages a reader would see change.
 */
import { typescriptCommand } from '@/lib/build/publish/typescript-command';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { planRender } from '@/lib/build/incremental/plan';
import { routes } from '@/lib/site/routes';

const work = mkdtempSync(join(tmpdir(), 'static-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const original = join(work, 'original');
execFileSync(...typescriptCommand('lib/bench/gen-archive.ts', '--count', '120', '--out', original), { stdio: 'ignore' });

/** The API as a new build process has it: modules loaded afresh, so the archive is read again. */
async function freshApi(root: string) {
  vi.resetModules();
  vi.stubEnv('CONTENT_DIR', root);
  return { ...(await import('@/lib/api')), ...(await import('@/lib/api/pages')) };
}

/**
 * The digests of the archive's pages before and after one change, in the same folder (records
 * name their file, so the folder is the same as in a real archive), and the API before it.
 */
async function digestsAfter(name: string, change: (root: string) => void) {
  const root = join(work, name);
  cpSync(original, root, { recursive: true });
  const api = await freshApi(root);
  const before = api.staticPageDigests();
  change(root);
  const after = (await freshApi(root)).staticPageDigests();
  const changed = [...after].filter(([path, digest]) => before.get(path) !== digest).map(([path]) => path);
  return { before, after, changed, api };
}

const firstStoryOf = (root: string, day: string) => join(root, day, readdirSync(join(root, day)).sort()[0]!);

describe('page digests', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('change for an edited story, its neighbours on the page, the stories that list it and the lists it is in; not for the rest', async () => {
    const day = readdirSync(original).filter((entry) => /^\d{4}-/u.test(entry)).sort()[5]!;
    const file = firstStoryOf(original, day);
    const slug = file.split('/').pop()!.replace(/\.md$/u, '');
    const { changed, after, api } = await digestsAfter('edited', (root) => {
      const path = firstStoryOf(root, day);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/mu, 'title: 改过的标题'));
    });
    const story = api.getArticles().find((article) => article.slug === slug)!;
    const listing = api.getArticles().filter((other) => api.getRelatedLinks(other).some((link) => link.article === story)).map((other) => routes.article(other.slug));
    const { previous, next } = api.getPageNeighbours(story);
    expect(changed).toContain(routes.article(slug));
    for (const path of listing) expect(changed).toContain(path);
    for (const neighbour of [previous, next]) if (neighbour) expect(changed).toContain(routes.article(neighbour.slug));
    expect(changed).toContain(routes.editionDate(story.date));
    expect(changed).toContain(routes.edition(story.date, story.page));
    if (story.column) expect(changed.some((path) => path.startsWith(routes.column(story.column!.slug)))).toBe(true);
    // Stories that neither show it nor are shown by it keep their digests.
    const articlePages = [...after.keys()].filter((path) => path.startsWith('/articles/'));
    expect(changed.filter((path) => path.startsWith('/articles/')).length).toBeLessThan(articlePages.length / 4);
  });

  it('do not change when nothing did, and name a removed story as removed with its files', async () => {
    const { changed, before } = await digestsAfter('same', () => undefined);
    expect(changed).toEqual([]);
    const files = Object.fromEntries([...before].map(([path, digest]) => [path, { digest, files: [`${path.slice(1)}index.html`] }]));
    const day = readdirSync(original).filter((entry) => /^\d{4}-/u.test(entry)).sort()[3]!;
    const slug = firstStoryOf(original, day).split('/').pop()!.replace(/\.md$/u, '');
    const removed = await digestsAfter('removed', (root) => rmSync(firstStoryOf(root, day)));
    const plan = planRender(files, removed.after);
    expect(plan.removed).toContain(routes.article(slug));
    expect(plan.dropped).toContain(`articles/${slug}/index.html`);
    expect(plan.render).not.toContain(routes.article(slug));
  });
});

describe('the render plan', () => {
  it('renders new and changed pages, keeps unchanged ones, and drops the files of pages every build renders', () => {
    const previous = {
      '/articles/a/': { digest: '1', files: ['articles/a/index.html'] },
      '/articles/b/': { digest: '2', files: ['articles/b/index.html'] },
      '/articles/gone/': { digest: '3', files: ['articles/gone/index.html', 'articles/gone/zh-hant.txt'] },
      '/': { files: ['index.html'] },
    };
    const plan = planRender(previous, new Map([['/articles/a/', '1'], ['/articles/b/', '9'], ['/articles/new/', '4']]));
    expect([...plan.render].sort()).toEqual(['/articles/b/', '/articles/new/']);
    expect(plan.removed).toEqual(['/articles/gone/']);
    expect([...plan.dropped].sort()).toEqual(['articles/b/index.html', 'articles/gone/index.html', 'articles/gone/zh-hant.txt', 'index.html']);
  });
});
