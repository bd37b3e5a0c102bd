/**
 * The gates that check the export catch what they are for: run on a tiny site with planted
 * defects (tests/fixtures/defects/site), each reports them.
 */
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../support/broken-links';
import { htmlErrors } from '../support/html-errors';

const site = 'tests/fixtures/defects/site';

describe('quality gates on planted defects', () => {
  it('the link check reports a missing page, a missing image and a missing anchor', () => {
    expect(brokenLinks(site)).toEqual([
      'index.html: src="/missing.png" names no file',
      'index.html: /articles/x/#no-such-section names no id on its page',
      'index.html: href="/no-such-page/" names no file',
    ]);
  });

  it('the HTML check reports a duplicate id, an image without alt text and a redundant role', async () => {
    const { errors } = await htmlErrors(site);
    expect(errors).toContain('[no-dup-id]');
    expect(errors).toContain('[wcag/h37]');
    expect(errors).toContain('[no-redundant-role]');
  });
});
