/**
 * `npm run bench`: performance figures of the built site, printed as a table and written as JSON
 * (test-results/bench/latest.json) so a later run can be compared. Not part of `npm test`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { serveExport } from '../serve-export';
import { measureSearchBytes } from './search-bytes';

const out = process.env.EXPORT_DIR ?? 'out';
const port = Number(process.env.BENCH_PORT ?? 4179);
const queries = ['党建联盟', '游德祥', '党员干部', '泉州'];

async function main() {
  if (!existsSync(`${out}/pagefind/pagefind.js`)) throw new Error(`${out}/ has no search index: run \`npm run build\` first`);
  const server = await serveExport(out, port);
  try {
    const search = await measureSearchBytes(server.url, queries);
    console.log('Bytes fetched for one search (cold cache, Pagefind runtime + index + fragments):');
    console.table(search.map((s) => ({ query: s.query, requests: s.requests, 'KB on the wire': kb(s.transferred), 'KB decoded': kb(s.decoded), results: s.results })));
    mkdirSync('test-results/bench', { recursive: true });
    const figures = { date: new Date().toISOString(), exportDir: out, search };
    writeFileSync('test-results/bench/latest.json', `${JSON.stringify(figures, null, 2)}\n`);
    console.log('Written to test-results/bench/latest.json');
  } finally {
    server.close();
  }
}

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));


main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
