/** URLs of the site's pages, in one place so that links and routes agree. */
import type { Slug } from './content';

export const routes = {
  home: () => '/',
  article: (slug: Slug | string) => `/articles/${slug}/`,
} as const;
