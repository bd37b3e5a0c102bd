/** Every exported page is valid HTML (html-validate's standard and accessibility rules). */
import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../support/html-errors';

describe('HTML validity of the static export', () => {
  it('has no errors on any page', async () => {
    const { pages, errors } = await htmlErrors(process.env.EXPORT_DIR ?? 'out');
    expect(pages).toBeGreaterThan(10);
    expect(errors).toBe('');
  }, 60_000);
});
