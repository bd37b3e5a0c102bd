import { xmlResponse } from '@/lib/api/feeds';
import { sitemapPartCount, sitemapPartXml } from '@/lib/api/sitemap';

export const dynamic = 'force-static';
// Only the parts the sitemap index lists exist.
export const dynamicParams = false;

export function generateStaticParams() {
  return Array.from({ length: sitemapPartCount() }, (_, index) => ({ part: `${index + 1}.xml` }));
}

/** One part of the sitemap: at most 50,000 of the pages a search engine may index. */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^(\d+)\.xml$/u.exec((await params).part);
  const xml = match ? sitemapPartXml(Number(match[1])) : undefined;
  if (!xml) return new Response('Not found', { status: 404 });
  return xmlResponse(xml, 'application/xml');
}
