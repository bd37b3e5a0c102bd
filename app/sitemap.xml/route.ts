import { xmlResponse } from '@/lib/api/feeds';
import { sitemapXml } from '@/lib/api/sitemap';

export const dynamic = 'force-static';

/** Every page of the site a search engine may index. */
export function GET() {
  return xmlResponse(sitemapXml(), 'application/xml');
}
