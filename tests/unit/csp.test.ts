import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, unexpectedInlineScripts, withContentSecurityPolicy } from '@/lib/serving/csp';
import { headScript } from '@/lib/view/head-script';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const head = `<html><head><meta charSet="utf-8"/><script>${headScript}</script><script src="/_static/enhance.js" defer=""></script></head>`;
const page = `${head}<body><script type="application/ld+json">{"a":1}</script><p>正文 http-equiv="Content-Security-Policy"</p></body></html>`;

describe('Content-Security-Policy of an exported page', () => {
  it('comes from the templates: the head script by its hash, no other inline script, never unsafe-inline', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain(`script-src 'self' ${sha(headScript)};`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
    expect(policy).toContain("object-src 'none'");
  });

  it('allows images from this site and from exactly the hosts the site names, never any https host', () => {
    const imageSources = (policy: string) => /img-src ([^;]*)/u.exec(policy)?.[1]?.split(' ');
    expect(imageSources(contentSecurityPolicy())).toEqual(["'self'", 'data:']);
    expect(imageSources(contentSecurityPolicy(undefined, ['paper.people.com.cn']))).toEqual(["'self'", 'data:', 'https://paper.people.com.cn']);
  });

  it('is the same whatever the page says, and is always added, once, right after the character set', () => {
    const secured = withContentSecurityPolicy(page, 'articles/x');
    expect(secured.match(/<meta http-equiv="Content-Security-Policy"/gu)).toHaveLength(1);
    expect(secured.indexOf('Content-Security-Policy')).toBeGreaterThan(secured.indexOf('charSet'));
    expect(secured.indexOf('Content-Security-Policy')).toBeLessThan(secured.indexOf('<script'));
    expect(secured).toContain(contentSecurityPolicy());
  });

  it('refuses, by page name, an inline script no template emits: it would never be allowed by its own hash', () => {
    const injected = page.replace('<p>', '<script>alert(1)</script><p>');
    expect(unexpectedInlineScripts(injected)).toEqual(['alert(1)']);
    expect(() => withContentSecurityPolicy(injected, 'articles/x')).toThrow('articles/x holds 1 inline script(s) no template emits, e.g. "alert(1)"');
    expect(unexpectedInlineScripts(page)).toEqual([]);
  });
});
