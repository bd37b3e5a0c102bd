/** Reading a static export: its HTML files, and the file a site path is served from. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

/** The file a site path is served from, as a static host resolves it (x/ → x/index.html). */
export function fileFor(out: string, path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/') ? [join(out, decoded, 'index.html')] : [join(out, decoded), join(out, `${decoded}.html`), join(out, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}
