/**
 * Site configuration and publication facts. Deployment changes these through environment
 * variables; everything else reads them from here.
 */
export const site = {
  name: '党建文章阅读',
  description: '人民日报党建版文章的阅读与检索：按栏目、地区和版面浏览。',
  url: (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/u, ''),
  locale: 'zh-CN',
} as const;

export const publication = {
  name: '人民日报',
  url: 'http://www.people.com.cn/',
} as const;

/**
 * The hosts a figure may be loaded from besides this site (IMAGE_HOSTS, comma-separated host
 * names, e.g. paper.people.com.cn). None by default: every reader's browser would call such a
 * host, so a tracking pixel in one content file would reach every reader. The pages'
 * Content-Security-Policy allows images from exactly these hosts.
 */
export const imageHosts: readonly string[] = parseImageHosts(process.env.IMAGE_HOSTS ?? '');

function parseImageHosts(value: string): string[] {
  const hosts = value.split(',').map((host) => host.trim()).filter(Boolean);
  const wrong = hosts.find((host) => !/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/u.test(host));
  if (wrong !== undefined) throw new Error(`IMAGE_HOSTS: ${JSON.stringify(wrong.slice(0, 80))} is not a host name: expected lower-case names such as paper.people.com.cn, separated by commas`);
  return [...new Set(hosts)];
}

/** An absolute URL on this site, for canonical links, feeds and the sitemap. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Where the articles live; tests and benchmarks point it at other folders. */
export function contentRoot(): string {
  return process.env.CONTENT_DIR ?? 'content';
}
