import { getArticles } from '@/lib/api';
import { rssFeed, xmlResponse } from '@/lib/api/feeds';
import { routes } from '@/lib/records/routes';
import { site } from '@/lib/records/site';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(rssFeed({ title: '全部文章', description: site.description, pagePath: routes.home(), feedPath: routes.feed(), articles: getArticles() }));
}
