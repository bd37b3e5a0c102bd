import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from '@/lib/build/security/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = '<html><head><meta charSet="utf-8"/><script src="/_next/a.js"></script></head><body><script>self.x=1</script><script type="application/ld+json">{"a":1}</script><script>self.x=1</script></body></html>';

describe('Content-Security-Policy of an exported page', () => {
  it('allows exactly the inline scripts of the page by their hashes, each once', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('self.x=1'), sha('{"a":1}')]);
  });

  it('never allows inline script wholesale, and allows WebAssembly for the search', () => {
    const policy = contentSecurityPolicy([sha('x')]);
    expect(policy).toContain(`script-src 'self' ${sha('x')}`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
    expect(policy).toContain("object-src 'none'");
  });

  it('puts the policy right after the character set, before any script, once', () => {
    const secured = withContentSecurityPolicy(page);
    expect(secured.indexOf('Content-Security-Policy')).toBeGreaterThan(secured.indexOf('charSet'));
    expect(secured.indexOf('Content-Security-Policy')).toBeLessThan(secured.indexOf('<script'));
    expect(withContentSecurityPolicy(secured)).toBe(secured);
  });
});
