import { columnDescription } from '@/lib/records/columns';
import { findColumnBySlug, getArticlesInColumn } from '@/lib/api';
import { rssFeed, xmlResponse } from '@/lib/api/feeds';
import { routes } from '@/lib/site/routes';
import { paramsToRender, staticPages } from '@/lib/api/pages';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return paramsToRender(staticPages.columnFeeds());
}

export async function GET(_request: Request, { params }: { params: Promise<{ column: string }> }) {
  const column = findColumnBySlug((await params).column);
  if (!column) return new Response('Not found', { status: 404 });
  return xmlResponse(
    rssFeed({ title: column.name, description: columnDescription(column), pagePath: routes.column(column.slug), feedPath: routes.columnFeed(column.slug), articles: getArticlesInColumn(column) }),
  );
}
