import { parsePageSegments } from '@/lib/site/pagination';
import { ColumnView, columnMetadata } from './column-view';
import { paramsToRender, staticPages } from '@/lib/api/pages';

interface ColumnPageProps {
  readonly params: Promise<{ column: string; page?: string[] }>;
}

export const dynamicParams = false;

/** /columns/<slug>/ and /columns/<slug>/page/<n>/ for every page of every column. */
export function generateStaticParams() {
  return paramsToRender(staticPages.columnLists());
}

export async function generateMetadata({ params }: ColumnPageProps) {
  const { column, page } = await params;
  return columnMetadata(column, parsePageSegments(page));
}

export default async function ColumnPage({ params }: ColumnPageProps) {
  const { column, page } = await params;
  return <ColumnView slug={column} page={parsePageSegments(page)} />;
}
