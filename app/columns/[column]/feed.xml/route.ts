import { columnsInOrder, findColumnBySlug } from '@/lib/records/columns';
import { getArticlesInColumn } from '@/lib/api';
import { rssFeed, xmlResponse } from '@/lib/api/feeds';
import { routes } from '@/lib/records/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return columnsInOrder().map((column) => ({ column: column.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ column: string }> }) {
  const column = findColumnBySlug((await params).column);
  if (!column) return new Response('Not found', { status: 404 });
  return xmlResponse(
    rssFeed({ title: column.displayName, description: column.description, pagePath: routes.column(column.slug), feedPath: routes.columnFeed(column.slug), articles: getArticlesInColumn(column.id) }),
  );
}
