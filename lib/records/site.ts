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

/** An absolute URL on this site, for canonical links, feeds and the sitemap. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Where the articles live; tests and benchmarks point it at other folders. */
export function contentRoot(): string {
  return process.env.CONTENT_DIR ?? 'content';
}
