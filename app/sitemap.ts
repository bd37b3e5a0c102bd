import type { MetadataRoute } from 'next';
import { sitePaths } from '@/lib/api/site-paths';
import { absoluteUrl } from '@/lib/records/site';

export const dynamic = 'force-static';

/** Every page of the site, as written into /sitemap.xml. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths().map(({ path, lastModified }) => ({ url: absoluteUrl(path), ...(lastModified && { lastModified }) }));
}
