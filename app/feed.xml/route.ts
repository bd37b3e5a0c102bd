import { getArticles } from '@/lib/api';
import { rssFeed, xmlResponse } from '@/lib/api/feeds';
import { routes } from '@/lib/site/routes';
import { site } from '@/lib/site/settings';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(rssFeed({ title: '全部文章', description: site.description, pagePath: routes.home(), feedPath: routes.feed(), articles: getArticles() }));
}
