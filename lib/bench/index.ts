/**
 * `npm run bench [-- --sizes 1000,3000] [-- --large]`: builds generated archives of 1,000 and
 * 3,000 articles (and 10,000 with --large), each with the seed page in it, and prints per size:
 * parse time, full build wall time and peak memory, the publish of a new day (8 stories) and of
 * one edited story by incremental builds on it (time, share of pages rendered again), static generation per page, the export's
 * size, the search index's own time, CPU and memory, the weight of the seed article, home and a
 * region page, what a fixed list of searches costs (bytes, time to the first result), and what
 * the toolkit costs (precache, 繁 converter and dictionary); then the growth ratio between sizes. The figures are written as
 * JSON to test-results/bench/ (latest.json and one file per run) to compare with later runs.
 * With `--blog-starter DIR`, Vercel's blog-starter (a copy in DIR, not in this repository) is built
 * on the same articles right after each full build, for the ratio the issue sets goals on.
 * Not part of `npm test`. Sites are built into .cache/bench/site, never into the user's out/.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { loadArticles } from '../records/load';
import { routes } from '../site/routes';
import { chromiumArgs, chromiumPath } from '../audit/chromium';
import { serveExport } from '../serving/serve-export';
import { exportSize } from './export-size';
import type { SizeFigures, StarterFigures } from './figures';
import { runMeasured } from './measured-run';
import { typescriptCommand } from '../build/publish/typescript-command';
import { measurePageWeight } from './page-weight';
import { measureSearches } from './search-queries';
import { toolkitCost } from './toolkit-cost';
import { printReport } from './report';
import { addNextStories, buildStepsOf, editOneStory, publishFigures } from './publishing';
import { buildStarter, writeStarterPosts } from './blog-starter';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,3000' }, large: { type: 'boolean', default: false }, 'blog-starter': { type: 'string' } },
});
// Any sizes, 100000 included (`--sizes 100000`: about an hour, and several GB of disk; not in CI).
const sizes = [...values.sizes.split(',').map(Number), ...(values.large ? [10_000] : [])];
const work = '.cache/bench';
const port = Number(process.env.BENCH_PORT ?? 4179);
const site = `${work}/site`;


const seed = loadArticles('content').articles.find((article) => article.regions.length > 0)!;
const weighedPaths = [routes.article(seed.slug), routes.home(), routes.region(seed.regions[0]!.chain[0]!)];

async function benchSize(articles: number): Promise<SizeFigures> {
  const archive = `${work}/archive-${articles}`;
  // Each size from a clean state: no earlier size's archive or site, no .next, no content snapshot.
  // (A grown .next/cache once made the compile step ten times slower; Next traces the project
  // folder, so an earlier archive left in it slows a later build.)
  for (const path of [work, '.next', '.cache/build']) rmSync(path, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await runMeasured(...typescriptCommand('lib/bench/gen-archive.ts', '--count', String(articles - 4), '--out', archive));
  // The seed's articles; the generated archive's registry already holds their columns.
  cpSync('content', `${archive}/seed`, { recursive: true, filter: (path) => !path.endsWith('columns.yaml') });
  console.log(`bench: ${articles} articles in ${archive}/, building…`);
  const build = await runMeasured('npm', ['run', 'build', '--', '--out', site], { CONTENT_DIR: archive });
  const parseSeconds = Number(/index:content: \d+ article\(s\) .* are valid \(([\d.]+) s\)/u.exec(build.output)?.[1]);
  const rankSeconds = Number(/related stories ranked.* \(([\d.]+) s\)/u.exec(build.output)?.[1]);
  const generation = /Generating static pages using \d+ workers? \((\d+)\/\d+\) in ([\d.]+)(ms|s|min)/u.exec(build.output);
  const buildSteps = buildStepsOf(build.output);
  const blogStarter = values['blog-starter'] === undefined ? undefined : await benchStarter(values['blog-starter'], archive);
  // Publishing: a new day's stories, then one story edited, each an incremental build on the last.
  addNextStories(archive, articles - 4);
  const day = await runMeasured('npm', ['run', 'build', '--', '--out', site], { CONTENT_DIR: archive });
  editOneStory(archive);
  const edit = await runMeasured('npm', ['run', 'build', '--', '--out', site], { CONTENT_DIR: archive });
  const publishing = { newDay: publishFigures(day.output, day.seconds), edit: publishFigures(edit.output, edit.seconds) };
  // The search index is measured again on its own, for its time and memory alone, from a snapshot made unmeasured.
  const snapshot = { CONTENT_DIR: archive, ARCHIVE_SNAPSHOT: `${work}/archive.json` };
  await runMeasured(...typescriptCommand('lib/build/cli/index-content.ts'), snapshot);
  const searchIndex = await runMeasured(...typescriptCommand('lib/build/cli/index-search.ts', `${work}/search-index`), { ...snapshot, NODE_ENV: 'production' });

  const server = await serveExport(site, port);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const weights = [];
    for (const path of weighedPaths) weights.push(await measurePageWeight(browser, server.url, path));
    return {
      articles,
      parseSeconds,
      indexSeconds: parseSeconds + rankSeconds,
      buildSeconds: build.seconds,
      buildPeakBytes: build.peakBytes,
      buildSteps,
      ...(blogStarter && { blogStarter }),
      publishing,
      pages: Number(generation?.[1]),
      staticGenerationSeconds: Number(generation?.[2]) * ({ ms: 0.001, s: 1, min: 60 } as Record<string, number>)[generation?.[3] ?? 's']!,
      searchIndexSeconds: searchIndex.seconds,
      searchIndexCpuSeconds: Number(/([\d.]+) CPU-s/u.exec(searchIndex.output)?.[1]),
      searchIndexPeakBytes: searchIndex.peakBytes,
      exportSize: exportSize(site),
      weights,
      search: await measureSearches(browser, server.url),
      toolkit: await toolkitCost(site, weighedPaths[0]!),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The blog-starter's full build on the same articles, right after ours (lib/bench/blog-starter.ts). */
async function benchStarter(starter: string, archive: string): Promise<StarterFigures> {
  const { articles } = loadArticles(archive);
  writeStarterPosts(articles, starter);
  console.log(`bench: blog-starter on the same ${articles.length} articles in ${starter}, building…`);
  const run = await buildStarter(starter);
  rmSync(`${starter}/_posts`, { recursive: true, force: true });
  const pages = Number(/Generating static pages using \d+ workers? \(\d+\/(\d+)\)/u.exec(run.output)?.[1]);
  return { seconds: run.seconds, peakBytes: run.peakBytes, pages };
}

async function main() {
  mkdirSync(work, { recursive: true });
  const figures: SizeFigures[] = [];
  for (const size of sizes) figures.push(await benchSize(size));
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version };
  const report = { date: new Date().toISOString(), machine, sizes: figures };
  printReport(report);
  mkdirSync('test-results/bench', { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync('test-results/bench/latest.json', json);
  writeFileSync(`test-results/bench/bench-${report.date.replace(/[:.]/gu, '-')}.json`, json);
  console.log('\nWritten to test-results/bench/latest.json');
  // The generated archives and sites go: left in the project folder, they are traced by every
  // later `next build` (a 10,000-article site made the seed's build take minutes at 4 GB).
  rmSync(work, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
