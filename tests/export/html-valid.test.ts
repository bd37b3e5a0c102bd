/**
 * Every exported page is valid HTML (html-validate's standard and accessibility rules, configured
 * in .htmlvalidate.json): zero errors.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';

const out = process.env.EXPORT_DIR ?? 'out';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

describe('HTML validity of the static export', () => {
  it('has no errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThan(10);
    const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
    const failing = reports.filter((report) => !report.valid);
    const text = formatterFactory('text');
    expect(failing.map((report) => text(report.results)).join('\n'), `${failing.length} invalid page(s) of ${files.length}: ${failing.map((r) => relative(out, r.results[0]?.filePath ?? '')).join(', ')}`).toBe('');
  }, 60_000);
});
