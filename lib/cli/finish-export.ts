/**
 * `npm run build` step after `next build`, one pass over the export:
 * 1. bundles lib/enhance/ into one small content-hashed script;
 * 2. makes every page that does not need React a plain page (lib/export/dehydrate.ts) that loads
 *    that script only where it has something to enhance;
 * 3. writes each page's Content-Security-Policy (lib/security/csp.ts);
 * 4. deletes the RSC payload files Next writes for client-side navigation, which plain links
 *    never fetch (a third of the export).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { dehydrate, isNavigationPayload, needsReact } from '../export/dehydrate';
import { listFiles } from '../list-files';
import { withContentSecurityPolicy } from '../security/csp';
import { eachLimited } from './each-limited';

const out = process.argv[2] ?? 'out';

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

async function main() {
  const started = performance.now();
  const script = await bundleEnhancements();
  const files = listFiles(out);
  const pages = files.filter((file) => file.endsWith('.html'));
  const payloads = files.filter((file) => isNavigationPayload(file.slice(file.lastIndexOf('/') + 1)));
  let reactPages = 0;
  await eachLimited(pages, 32, async (file) => {
    const html = await readFile(file, 'utf8');
    if (needsReact(html)) reactPages += 1;
    await writeFile(file, withContentSecurityPolicy(dehydrate(html, script)));
  });
  await eachLimited(payloads, 32, (file) => rm(file));
  console.log(
    `finish-export: ${pages.length - reactPages} plain page(s) and ${reactPages} React page(s) with a Content-Security-Policy; ` +
      `${payloads.length} navigation payload file(s) removed; enhancements in ${script} (${((performance.now() - started) / 1000).toFixed(2)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
