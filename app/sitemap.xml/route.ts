import { xmlResponse } from '@/lib/api/feeds';
import { sitemapIndexXml } from '@/lib/api/sitemap';

export const dynamic = 'force-static';

/** The sitemap index: the parts that list every page of the site a search engine may index. */
export function GET() {
  return xmlResponse(sitemapIndexXml(), 'application/xml');
}
