/**
 * `npm run build` step after `next build`: writes each exported page's Content-Security-Policy
 * (see lib/security/csp.ts) into the page.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withContentSecurityPolicy } from '../security/csp';

const out = process.argv[2] ?? 'out';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

const files = htmlFiles(out);
for (const file of files) writeFileSync(file, withContentSecurityPolicy(readFileSync(file, 'utf8')));
console.log(`add-csp: a Content-Security-Policy with script hashes in ${files.length} page(s) under ${out}/`);
