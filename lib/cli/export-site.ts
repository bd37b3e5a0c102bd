/**
 * `npm run build` step after `next build`: the static site in out/, written from Next's
 * prerendered pages (lib/export/prerendered-routes.ts says which and where) in one pass:
 * 1. bundles lib/enhance/ into one small content-hashed script;
 * 2. makes every page that does not need React a plain page (lib/export/dehydrate.ts) that loads
 *    that script only where it has something to enhance;
 * 3. writes each page's Content-Security-Policy (lib/security/csp.ts);
 * 4. copies route handlers' files (feeds, sitemap), Next's static assets and public/.
 * Navigation payloads are never copied: plain links do not fetch them.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { dehydrate, needsReact } from '../export/dehydrate';
import { prerenderedFiles, type AppPathRoutesManifest, type PrerenderedFile, type PrerenderManifest } from '../export/prerendered-routes';
import { withContentSecurityPolicy } from '../security/csp';
import { eachLimited } from './each-limited';

const out = process.argv[2] ?? 'out';
const dist = '.next';
const prerendered = join(dist, 'server', 'app');
const filesAtOnce = 32;

async function bundleEnhancements(): Promise<string> {
  const result = await build({
    entryPoints: ['lib/enhance/main.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]!.contents;
  const name = `enhance.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
  mkdirSync(join(out, '_static'), { recursive: true });
  writeFileSync(join(out, '_static', name), code);
  return `/_static/${name}`;
}

/** A manifest `next build` wrote; its shape is Next's (lib/export/prerendered-routes.ts reads only a few fields). */
const readManifest = <T>(name: string): T => JSON.parse(readFileSync(join(dist, name), 'utf8')) as T;

/** Writes one prerendered file to its places in the export; says whether it is a React page. */
async function exportFile(file: PrerenderedFile, script: string): Promise<boolean> {
  const source = join(prerendered, `${file.source}.${file.kind === 'page' ? 'html' : 'body'}`);
  const targets = file.targets.map((target) => join(out, target));
  await Promise.all(targets.map((target) => mkdir(dirname(target), { recursive: true })));
  if (file.kind === 'body') {
    await Promise.all(targets.map((target) => copyFile(source, target)));
    return false;
  }
  const html = await readFile(source, 'utf8');
  const page = withContentSecurityPolicy(dehydrate(html, script));
  await Promise.all(targets.map((target) => writeFile(target, page)));
  return needsReact(html);
}

async function main() {
  const started = performance.now();
  const files = prerenderedFiles(readManifest<PrerenderManifest>('prerender-manifest.json'), readManifest<AppPathRoutesManifest>('app-path-routes-manifest.json'));
  rmSync(out, { recursive: true, force: true });
  const script = await bundleEnhancements();
  cpSync(join(dist, 'static'), join(out, '_next', 'static'), { recursive: true });
  if (existsSync('public')) cpSync('public', out, { recursive: true });
  let reactPages = 0;
  await eachLimited(files, filesAtOnce, async (file) => {
    if (await exportFile(file, script)) reactPages += 1;
  });
  const pages = files.filter((file) => file.kind === 'page').length;
  console.log(
    `export-site: ${pages - reactPages} plain page(s), ${reactPages} React page(s) and ${files.length - pages} other file(s) in ${out}/; ` +
      `enhancements in ${script} (${((performance.now() - started) / 1000).toFixed(2)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `export-site: ${error.message}` : error);
  process.exit(1);
});
