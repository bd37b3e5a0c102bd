/**
 * The response headers the site wants from its host, in one place: written into the export as
 * `_headers` (Netlify, Cloudflare Pages) and as `serve.json` (the `serve` of `npm start`), and
 * shown in the README's nginx snippet. Each page also carries its own Content-Security-Policy as
 * a <meta> tag (csp.ts); the header adds what a <meta> policy cannot express and restricts no
 * script, so the two combine into the page's own.
 */
export interface HeaderRule {
  /** A path pattern: `*` stands for any characters within the rest of the path. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

const immutable = 'public, max-age=31536000, immutable';

export const headerRules: readonly HeaderRule[] = [
  {
    path: '/*',
    headers: {
      'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Frame-Options': 'DENY',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    },
  },
  // Content-hashed names: Next's assets, the site's scripts, a build's search index folder.
  { path: '/_next/static/*', headers: { 'Cache-Control': immutable } },
  { path: '/_static/*', headers: { 'Cache-Control': immutable } },
  { path: '/search-index/*/*', headers: { 'Cache-Control': immutable } },
  // The service worker: browsers look for a new one on every visit; no cache may answer for it.
  { path: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
  // The one search file whose name stays: it says which folder is this build's.
  { path: '/search-index/manifest.json', headers: { 'Cache-Control': 'public, max-age=300' } },
];

export function netlifyHeaders(rules: readonly HeaderRule[] = headerRules): string {
  const blocks = rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Response headers for hosts that read this file (Netlify, Cloudflare Pages); written by npm run build.\n${blocks.join('\n\n')}\n`;
}

/**
 * `serve`'s configuration (serve-handler): the same headers, no directory listings, and the
 * export's 404.html for any path without a file. serve-handler's `source` is a glob where `**`
 * crosses folders.
 */
export function serveConfig(rules: readonly HeaderRule[] = headerRules) {
  return {
    directoryListing: false,
    headers: rules.map((rule) => ({
      source: rule.path === '/*' ? '**' : rule.path.slice(1).replace(/\*$/u, '**'),
      headers: Object.entries(rule.headers).map(([key, value]) => ({ key, value })),
    })),
  };
}
