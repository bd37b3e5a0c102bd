/**
 * `npm run gen:archive -- --count N --out DIR [--seed S]`: writes a generated archive (see
 * lib/bench/archive-generator.ts) of N articles in the content contract into DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { generateArchive, generatedRegistry } from './archive-generator';
import { registryFileName } from '../records/column-registry';
import { loadArticles } from '../records/load';

const { values } = parseArgs({
  options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, source: { type: 'string', default: 'content' } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || !values.out) {
  console.error('usage: npm run gen:archive -- --count N --out DIR [--seed S] [--source content]');
  process.exit(2);
}
const { articles: source, errors } = loadArticles(values.source!);
if (errors.length > 0 || source.length === 0) {
  console.error(`gen:archive: the source archive ${values.source}/ must be valid and not empty`);
  process.exit(1);
}
let written = 0;
for (const file of generateArchive({ count, seed: Number(values.seed), source })) {
  const path = join(values.out, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `---\n${yaml.dump(file.frontMatter, { lineWidth: -1, quotingType: '"', forceQuotes: false })}---\n\n${file.body}`);
  written += 1;
}
// Every archive carries its own column registry.
const registry = generatedRegistry(count);
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, registryFileName), `# 栏目: the columns this generated archive prints (npm run gen:archive).\n${yaml.dump(registry, { lineWidth: -1 })}`);
console.log(`gen:archive: wrote ${written} article(s) and ${registry.columns.length} column(s) into ${values.out}/`);
