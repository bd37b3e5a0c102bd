import { getArticles } from '@/lib/content';
import { rssFeed, xmlResponse } from '@/lib/feeds';
import { routes } from '@/lib/routes';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

export function GET() {
  return xmlResponse(rssFeed({ title: '全部文章', description: site.description, pagePath: routes.home(), feedPath: routes.feed(), articles: getArticles() }));
}
