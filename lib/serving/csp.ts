/**
 * The Content-Security-Policy of every exported page, as a <meta> tag after the character set.
 * The policy comes from the templates, never from the page's text: the only inline script a
 * template emits is the head script (lib/view/head-script.ts), so the policy allows that
 * script's hash and nothing else inline. Every other inline script found in a plain page is a
 * bug or an injection, and fails the build with the page's name. JSON-LD is a data block
 * (type="application/ld+json"): browsers never run it, and script-src does not apply to it.
 */
import { createHash } from 'node:crypto';
import { headScript } from '../view/head-script';
import { imageHosts } from '../site/settings';

/** The inline scripts the templates emit. */
export const templateInlineScripts: readonly string[] = [headScript];

const inlineScript = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gu;
const dataBlock = /\stype="application\/(?:ld\+)?json"/u;

export const scriptHash = (body: string) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy(scripts: readonly string[] = templateInlineScripts, hosts: readonly string[] = imageHosts): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.map(scriptHash).join(' ')}`.trim(),
    // React renders a few style attributes; styles cannot run script.
    "style-src 'self' 'unsafe-inline'",
    // Images from this site and from exactly the hosts the site names: no content file can make
    // readers' browsers call anyone else.
    ["img-src 'self' data:", ...hosts.map((host) => `https://${host}`)].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The executable inline scripts of a page that no template emits (empty for a sound page). */
export function unexpectedInlineScripts(html: string, allowed: readonly string[] = templateInlineScripts): string[] {
  return [...html.matchAll(inlineScript)]
    .filter(([, attributes, body]) => !dataBlock.test(attributes!) && body!.length > 0 && !allowed.includes(body!))
    .map(([, , body]) => body!);
}

/**
 * The page with its policy as the first thing in <head> after the character set. Throws, naming
 * the page, when the page holds an inline script the templates do not emit.
 */
export function withContentSecurityPolicy(html: string, page = 'a page'): string {
  const unexpected = unexpectedInlineScripts(html);
  if (unexpected.length > 0) {
    throw new Error(`${page} holds ${unexpected.length} inline script(s) no template emits, e.g. ${JSON.stringify(unexpected[0]!.slice(0, 80))}: the export refuses to allow them`);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}"/>`;
  const charset = /<meta charSet="utf-8"\/>|<meta charset="utf-8"\s*\/?>/iu.exec(html);
  if (charset) return `${html.slice(0, charset.index + charset[0].length)}${meta}${html.slice(charset.index + charset[0].length)}`;
  return html.replace(/<head>/u, `<head>${meta}`);
}
