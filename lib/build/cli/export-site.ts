/**
 * `npm run build` step after `next build`: the static site in out/, written from Next's
 * prerendered pages (lib/build/export/prerendered-routes.ts says which and where) in one pass:
 * 1. bundles lib/browser/ into one small content-hashed script, and the search page's module
 *    (lib/browser/search-main.ts, with the traditional → simplified converter split off, loaded
 *    only when a query needs it);
 * 2. makes every page a plain page (lib/build/export/dehydrate.ts) that loads the enhancement script
 *    only where it has something to enhance, and the search module only on the search route;
 * 3. writes each page's Content-Security-Policy (lib/serving/csp.ts), and the dictionary its
 *    繁體 view needs beside it (lib/build/export/traditional-dictionary.ts);
 * 4. copies route handlers' files (feeds, sitemap), Next's static assets and public/, and writes
 *    the host's header rules (_headers, and serve.json for `npm start`);
 * 5. writes the service worker with its precache list of the site's shell (lib/build/export/write-service-worker.ts).
 * Navigation payloads are never copied: plain links do not fetch them.
 */
import { createHash } from 'node:crypto';
import { constants, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { dehydrate, type PageScripts } from '../export/dehydrate';
import { prerenderedFiles, type AppPathRoutesManifest, type PrerenderedFile, type PrerenderManifest } from '../export/prerendered-routes';
import { pageTexts, scriptTextsOf, traditionalDictionary } from '../export/traditional-dictionary';
import { routes } from '../../site/routes';
import { writeServiceWorker } from '../export/write-service-worker';
import { withContentSecurityPolicy } from '../../serving/csp';
import { netlifyHeaders, serveConfig } from '../../serving/headers';
import { eachLimited } from './each-limited';
import { enhancer } from '../../markup/enhancers';
import { awaitBuildFile, awaitedFilesVariable } from '../../api/build-files';

/**
 * `export-site.ts DIR [--incremental] [--pages FILE] [--when FILE]`. With --incremental the live
 * site's files that stay are in DIR already (lib/build/cli/keep-live-files.ts, beside next build),
 * Next's static assets and public/ among them; --pages writes which files each exported page
 * made. With --when it starts beside next build: it loads, bundles the scripts and readies the 繁
 * converter, then writes nothing until the build has written FILE (Next and the kept files done).
 */
const { positionals, values: options } = parseArgs({
  allowPositionals: true,
  options: { incremental: { type: 'boolean', default: false }, pages: { type: 'string' }, when: { type: 'string' } },
  strict: true,
});
const out = positionals[0] ?? 'out';
const dist = '.next';
const prerendered = join(dist, 'server', 'app');
const filesAtOnce = 32;

/** The route whose page loads the search module. */
const searchRoute = 'search';

/** A bundled script, held until the export may write: its path on the site, its entry's code, and every file it makes. */
interface Bundle {
  readonly path: string;
  readonly code: string;
  readonly files: readonly (readonly [string, Uint8Array])[];
}

async function bundleSearch(): Promise<Bundle> {
  const result = await build({
    entryPoints: { search: 'lib/browser/search-main.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    target: 'es2020',
    outdir: join(out, '_static'),
    entryNames: '[name].[hash]',
    chunkNames: 'search-chunk.[hash]',
    metafile: true,
    legalComments: 'none',
    write: false,
  });
  const [entry] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined)!;
  // esbuild names the metafile's outputs relative to the working directory and the files it
  // returns by absolute path, whatever form --out was given in.
  const code = result.outputFiles.find((file) => file.path === resolve(entry))!.text;
  return { path: `/${relative(out, entry).split(sep).join('/')}`, code, files: result.outputFiles.map((file) => [file.path, file.contents] as const) };
}

/** One script, as a content-hashed file in /_static/. */
async function bundleScript(name: string, entry: string, options: { define?: Record<string, string>; format?: 'iife' | 'esm' } = {}): Promise<Bundle> {
  const { define = {}, format = 'iife' } = options;
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format, target: 'es2020', write: false, legalComments: 'none', define });
  const [output] = result.outputFiles;
  const file = `${name}.${createHash('sha256').update(output!.contents).digest('hex').slice(0, 12)}.js`;
  return { path: `/_static/${file}`, code: output!.text, files: [[join(out, '_static', file), output!.contents]] };
}

/**
 * A file named by a hash of its bytes: one of that name, kept from the live site, already holds
 * them. Never written over, which would write through the link into the live site.
 */
function writeNamedByContent(path: string, bytes: Uint8Array): void {
  if (!existsSync(path)) writeFileSync(path, bytes, { flag: 'wx' });
}

/** Every file the export writes is new in the site's folder: `wx` fails rather than write through a kept link. */
const createOnly = { flag: 'wx' } as const;

/**
 * The enhancement script, and the scripts it loads only where needed: the search highlighter
 * when a result led to the page, 我的收藏's list on the two pages that show it.
 */
async function bundleEnhancements(): Promise<{ enhance: Bundle; savedList: Bundle; highlight: Bundle }> {
  const highlight = await bundleScript('highlight', 'lib/browser/search-highlight-main.ts');
  const savedList = await bundleScript('saved-list', 'lib/browser/saved-list-main.ts');
  const define = { SEARCH_HIGHLIGHT_SCRIPT: JSON.stringify(highlight.path), SAVED_LIST_SCRIPT: JSON.stringify(savedList.path) };
  return { enhance: await bundleScript('enhance', 'lib/browser/enhance-main.ts', { define }), savedList, highlight };
}

interface Scripts {
  readonly enhance: string;
  readonly search: string;
  /** The 繁體 view's converter, imported only by a reader who chose 繁. */
  readonly traditional: string;
  /** The words each script may write into a page, which the page's dictionary must cover too. */
  readonly enhanceTexts: readonly string[];
  readonly searchTexts: readonly string[];
  readonly savedListTexts: readonly string[];
}


/** A manifest `next build` wrote; its shape is Next's (lib/build/export/prerendered-routes.ts reads only a few fields). */
const readManifest = <T>(name: string): T => JSON.parse(readFileSync(join(dist, name), 'utf8')) as T;

/** The page's path on the site, as lib/api/static-pages.ts names it: /articles/x/, /feed.xml. */
const pagePathOf = (file: PrerenderedFile) => (file.kind === 'body' ? `/${file.source}` : file.source === 'index' ? '/' : `/${file.source}/`);

/** The files an exported page makes, relative to the site's folder. */
function filesOf(file: PrerenderedFile): string[] {
  return file.kind === 'body' ? [...file.targets] : [...file.targets, routes.traditionalDictionary(pagePathOf(file)).slice(1)];
}

/** Writes one prerendered file to its places in the export. */
async function exportFile(file: PrerenderedFile, scripts: Scripts): Promise<void> {
  const source = join(prerendered, `${file.source}.${file.kind === 'page' ? 'html' : 'body'}`);
  const targets = file.targets.map((target) => join(out, target));
  await Promise.all(targets.map((target) => mkdir(dirname(target), { recursive: true })));
  if (file.kind === 'body') {
    await Promise.all(targets.map((target) => copyFile(source, target, constants.COPYFILE_EXCL)));
    return;
  }
  const html = await readFile(source, 'utf8');
  const isSearch = file.source === searchRoute;
  const dictionary = routes.traditionalDictionary(pagePathOf(file));
  const pageScripts: PageScripts = {
    enhance: scripts.enhance,
    ...(isSearch && { module: scripts.search }),
    traditional: { module: scripts.traditional, dictionary },
  };
  const page = withContentSecurityPolicy(dehydrate(html, pageScripts), `/${file.source}`);
  const texts = [...pageTexts(page), ...scripts.enhanceTexts, ...(isSearch ? scripts.searchTexts : []), ...(page.includes(`${enhancer.name}="saved-list"`) ? scripts.savedListTexts : [])];
  await mkdir(dirname(join(out, dictionary)), { recursive: true });
  await Promise.all([...targets.map((target) => writeFile(target, page, createOnly)), writeFile(join(out, dictionary), traditionalDictionary(texts), createOnly)]);
}

/**
 * What of Next's static assets a plain page uses: its styles and the files they name (fonts,
 * images under media/). Not Next's client scripts, which no plain page loads, nor the folder
 * named by the build id (its client-router manifests), which made two builds of the same commit
 * and content differ by name.
 */
function isPageAsset(path: string): boolean {
  if (path === '') return true;
  const [top] = path.split(sep);
  if (top === 'media') return true;
  if (top !== 'chunks') return false;
  return !path.endsWith('.js') && !path.endsWith('.js.map');
}

async function main() {
  const started = performance.now();
  const { enhance, savedList, highlight } = await bundleEnhancements();
  const search = await bundleSearch();
  const traditional = await bundleScript('hant', 'lib/browser/traditional/traditional-main.ts', { format: 'esm' });
  const scripts: Scripts = {
    enhance: enhance.path,
    search: search.path,
    traditional: traditional.path,
    enhanceTexts: scriptTextsOf(enhance.code),
    searchTexts: scriptTextsOf(search.code),
    savedListTexts: scriptTextsOf(savedList.code),
  };
  // The converter's dictionaries are built on first use (a third of a second): before the wait.
  traditionalDictionary([]);
  if (options.when) {
    // Only the build starts it so, and names itself, so that a build that is gone is not waited for.
    if (!process.env[awaitedFilesVariable]) throw new Error(`--when is the build's own option: it needs ${awaitedFilesVariable}`);
    awaitBuildFile(options.when);
  }
  const writing = performance.now();
  const files = prerenderedFiles(readManifest<PrerenderManifest>('prerender-manifest.json'), readManifest<AppPathRoutesManifest>('app-path-routes-manifest.json'));
  // The build's own new folder: the search index may already be in it.
  mkdirSync(join(out, '_static'), { recursive: true });
  for (const bundle of [highlight, savedList, enhance, search, traditional]) for (const [path, bytes] of bundle.files) writeNamedByContent(path, bytes);
  // Kept from the live site by an incremental build, which the same code and public/ made.
  if (!options.incremental) {
    cpSync(join(dist, 'static'), join(out, '_next', 'static'), { recursive: true, filter: (path) => isPageAsset(relative(join(dist, 'static'), path)) });
    if (existsSync('public')) cpSync('public', out, { recursive: true });
  }
  // What the host should send with every file (lib/serving/headers.ts).
  writeFileSync(join(out, '_headers'), netlifyHeaders(), createOnly);
  writeFileSync(join(out, 'serve.json'), `${JSON.stringify(serveConfig(), null, 2)}\n`, createOnly);
  await eachLimited(files, filesAtOnce, (file) => exportFile(file, scripts));
  if (options.pages) writeFileSync(options.pages, JSON.stringify(Object.fromEntries(files.map((file) => [pagePathOf(file), filesOf(file)]))));
  const worker = await writeServiceWorker(out);
  if (worker.warnings.length > 0) throw new Error(`the service worker's precache: ${worker.warnings.join('; ')}`);
  const pages = files.filter((file) => file.kind === 'page').length;
  console.log(
    `export-site: ${pages} plain page(s) and ${files.length - pages} other file(s) in ${out}/; ` +
      `enhancements in ${scripts.enhance}, search in ${scripts.search}, service worker precaching ${worker.count} file(s) of ${(worker.size / 1024).toFixed(1)} KB ` +
      `(${((performance.now() - writing) / 1000).toFixed(2)} s, ${((writing - started) / 1000).toFixed(2)} s before)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `export-site: ${error.message}` : error);
  process.exit(1);
});
