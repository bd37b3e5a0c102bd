/**
 * What the reader's toolkit (#17) costs, read from the export: the service worker's precache
 * (fetched once per build, after the first page has loaded; it must not grow with the archive),
 * and what a 繁 reader fetches for an article besides the page (converter and dictionary), raw
 * and gzip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from '@serwist/build';
import { routes } from '../site/routes';
import { shellPatterns } from '../build/export/write-service-worker';
import { scriptMarkup } from '../markup/script-switch';

export interface ToolkitCost {
  readonly precacheFiles: number;
  readonly precacheBytes: number;
  readonly serviceWorkerBytes: number;
  /** For the benched article: the 繁 converter module and the page's dictionary. */
  readonly traditional: { readonly moduleGzipBytes: number; readonly dictionaryBytes: number; readonly dictionaryGzipBytes: number };
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

export async function toolkitCost(out: string, articlePath: string): Promise<ToolkitCost> {
  const { count, size } = await getManifest({ globDirectory: out, globPatterns: shellPatterns });
  const html = readFileSync(join(out, articlePath, 'index.html'), 'utf8');
  const converterModule = new RegExp(`\\s${scriptMarkup.converterModule.name}="([^"]+)"`, 'u').exec(html)?.[1] ?? '';
  const dictionary = readFileSync(join(out, routes.traditionalDictionary(articlePath)));
  return {
    precacheFiles: count,
    precacheBytes: size,
    serviceWorkerBytes: readFileSync(join(out, routes.serviceWorker())).length,
    traditional: { moduleGzipBytes: gzipped(readFileSync(join(out, converterModule))), dictionaryBytes: dictionary.length, dictionaryGzipBytes: gzipped(dictionary) },
  };
}
