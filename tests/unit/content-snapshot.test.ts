import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readArchiveSnapshot, reusableRecords, writeArchiveSnapshot, writeArchiveSnapshotBeside } from '@/lib/api/snapshot';
import { loadArticles } from '@/lib/records/load';
import type { Slug } from '@/lib/api';

let root: string;
let work: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-'));
  work = mkdtempSync(join(tmpdir(), 'snapshot-'));
  cpSync('tests/fixtures/content/valid', root, { recursive: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

function writeSnapshot(path = join(work, 'archive.json')) {
  const { articles, columns, contentHash, sources } = loadArticles(root);
  const related = new Map([[articles[0]!.slug as string, [{ slug: articles[1]!.slug as Slug, reason: '编辑推荐' }]]]);
  writeArchiveSnapshot(path, { contentHash, articles, columns, related, sources });
  return { path, articles, contentHash };
}

const firstFile = () => {
  const file = loadArticles(root).articles[0]!.file;
  return file.startsWith('/') ? file : join(process.cwd(), file);
};

describe("the build's content snapshot", () => {
  it('gives back the parsed articles, with their regions as the shared division records', () => {
    const { path, articles, contentHash } = writeSnapshot();
    const snapshot = readArchiveSnapshot(path);
    expect(snapshot.contentHash).toBe(contentHash);
    expect(snapshot.articles).toEqual(articles);
    const withRegion = snapshot.articles.find((article) => article.regions.length > 0)!;
    expect(withRegion.regions[0]!.fullName).toMatch(/省|市/u);
    expect(snapshot.related.get(articles[0]!.slug)).toEqual([{ slug: articles[1]!.slug, reason: '编辑推荐' }]);
  });

  it('is named by the files’ contents: a same-length edit with its old modification time restored is a new snapshot, a touch is not', () => {
    const before = loadArticles(root).contentHash;
    const path = firstFile();
    const { mtime, atime, size } = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('。', '！'));
    utimesSync(path, atime, mtime);
    expect(statSync(path).size).toBe(size);
    const edited = loadArticles(root).contentHash;
    expect(edited).not.toBe(before);

    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(loadArticles(root).contentHash).toBe(edited);
    writeFileSync(join(root, 'new-story.md'), '---\ntitle: 新\ndate: 2024-04-10\n---\n\n正文。\n');
    expect(loadArticles(root).contentHash).not.toBe(edited);
  });

  it('is what the pages read while it is named, even when a file changes during the build', async () => {
    const { path, articles } = writeSnapshot();
    const file = firstFile();
    writeFileSync(file, readFileSync(file, 'utf8').replace(articles[0]!.title, '编辑在构建中改了标题'));
    vi.stubEnv('CONTENT_DIR', root);
    vi.stubEnv('ARCHIVE_SNAPSHOT', path);
    vi.resetModules();
    const { getArticles } = await import('@/lib/api');
    expect(getArticles().map((article) => article.title)).toEqual(articles.map((article) => article.title));
  });

  it("lends the next build the records of files whose bytes are unchanged, and only those", () => {
    const { path } = writeSnapshot();
    const snapshot = readArchiveSnapshot(path);
    const file = firstFile();
    const edited = snapshot.articles[0]!;
    writeFileSync(file, readFileSync(file, 'utf8').replace(edited.title, '改过的标题'));
    const reloaded = loadArticles(root, { reuse: reusableRecords(snapshot) });
    expect(reloaded.errors).toEqual([]);
    for (const article of reloaded.articles) {
      const before = snapshot.articles.find((other) => other.file === article.file)!;
      if (article.file === edited.file) {
        expect(article).not.toBe(before);
        expect(article.title).toBe('改过的标题');
      } else expect(article).toBe(before);
    }
  });

  it("is written again from the previous snapshot's records without decoding their bodies, every body as it was", () => {
    const previous = readArchiveSnapshot(writeSnapshot().path);
    const file = firstFile();
    writeFileSync(file, readFileSync(file, 'utf8').replace(previous.articles[0]!.title, '改过的标题'));
    const { articles, columns, contentHash, sources } = loadArticles(root, { reuse: reusableRecords(previous) });
    const reused = articles.filter((article) => previous.articles.includes(article));
    expect(reused.length).toBe(articles.length - 1);
    const path = join(work, 'next.json');
    writeArchiveSnapshot(path, { contentHash, articles, columns, related: previous.related, sources });
    // Still the getter that decodes on first read: writing the snapshot read no reused body.
    for (const article of reused) expect(Object.getOwnPropertyDescriptor(article, 'html')!.get).toBeTypeOf('function');
    const written = readArchiveSnapshot(path);
    expect(written.articles.map((article) => article.html)).toEqual(articles.map((article) => article.html));
    expect(written.articles).toEqual(articles);
  });

  it('is written beside the caller byte for byte as written at once, and appears only when whole', async () => {
    const previous = readArchiveSnapshot(writeSnapshot().path);
    const beside = join(work, 'beside.json');
    const writing = writeArchiveSnapshotBeside(beside, previous);
    // Nothing at the path until the write has ended: readers wait for the file to exist.
    expect(existsSync(beside)).toBe(false);
    await writing;
    const atOnce = join(work, 'at-once.json');
    writeArchiveSnapshot(atOnce, previous);
    expect(readFileSync(beside).equals(readFileSync(atOnce))).toBe(true);
  });

  it('gives the pages the digests in memory that its file gives read back, records parsed and reused alike', async () => {
    const previous = readArchiveSnapshot(writeSnapshot().path);
    const file = firstFile();
    writeFileSync(file, readFileSync(file, 'utf8').replace(previous.articles[0]!.title, '改过的标题'));
    // The next build's records: one parsed again, the others the previous snapshot's.
    const { articles, columns, contentHash, sources } = loadArticles(root, { reuse: reusableRecords(previous) });
    const snapshot = { contentHash, articles, columns, related: previous.related, sources };
    const path = join(work, 'next.json');
    writeArchiveSnapshot(path, snapshot);
    const digestsOf = async (written?: typeof snapshot) => {
      vi.stubEnv('ARCHIVE_SNAPSHOT', written ? path : join(work, 'copy.json'));
      vi.resetModules();
      const api = { ...(await import('@/lib/api/archive')), ...(await import('@/lib/api/pages')) };
      if (written) api.adoptWrittenSnapshot(path, written);
      return api.staticPageDigests();
    };
    // A copy is another file: it is read, not taken from this process's memory.
    cpSync(path, join(work, 'copy.json'));
    const read = await digestsOf();
    expect(await digestsOf(snapshot)).toEqual(read);
    expect(read.size).toBeGreaterThan(articles.length);
  });

  it('gives the pages their digests while its own file is still being written, never waiting for it', async () => {
    const { path: written } = writeSnapshot();
    const snapshot = readArchiveSnapshot(written);
    const path = join(work, 'being-written.json');
    vi.stubEnv('ARCHIVE_SNAPSHOT', path);
    // A build that has ended: a reader waiting for the file would fail at once, not hang.
    vi.stubEnv('BUILD_FILES_AWAITED', String(spawnSync('true').pid));
    vi.resetModules();
    const api = { ...(await import('@/lib/api/archive')), ...(await import('@/lib/api/pages')) };
    expect(() => api.staticPageDigests()).toThrow(/has ended; run npm run build again/u);
    api.adoptWrittenSnapshot(path, snapshot);
    expect(api.staticPageDigests().size).toBeGreaterThan(snapshot.articles.length);
    expect(existsSync(path)).toBe(false);
  });

  it('is an error when missing or damaged, never a reason to read the files again', async () => {
    expect(() => readArchiveSnapshot(join(work, 'none.json'))).toThrow(/the build's content snapshot .*none\.json cannot be read .*run npm run build again/u);
    const { path } = writeSnapshot();
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 1));
    expect(() => readArchiveSnapshot(path)).toThrow(/cannot be read \(\d+ bytes of bodies expected, \d+ found\)/u);
    writeFileSync(path, '{"format":');
    expect(() => readArchiveSnapshot(path)).toThrow(/cannot be read/u);
    writeFileSync(path, '{"format":1,"articles":[],"related":{}}');
    expect(() => readArchiveSnapshot(path)).toThrow(/is of format 1, not 5/u);
    vi.stubEnv('CONTENT_DIR', root);
    vi.stubEnv('ARCHIVE_SNAPSHOT', join(work, 'none.json'));
    vi.resetModules();
    const { getArticles } = await import('@/lib/api');
    expect(() => getArticles()).toThrow(/cannot be read/u);
  });
});
