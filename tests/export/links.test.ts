/** Every internal link and asset in the static export resolves, anchors included. */
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../support/broken-links';
import { htmlFiles } from '../support/export-files';

const out = process.env.EXPORT_DIR ?? 'out';

describe('links in the static export', () => {
  it('has pages to check: run `npm run build` first', () => {
    expect(htmlFiles(out).length).toBeGreaterThan(10);
  });

  it('resolves every internal href and src, anchors included', () => {
    expect(brokenLinks(out)).toEqual([]);
  });
});
