import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ColumnDirectory } from '@/components/ColumnDirectory';
import { getColumnSummaries } from '@/lib/api';
import { formatChineseDate } from '@/lib/records/format';
import { columnDescription } from '@/lib/records/columns';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata({
  title: '全部栏目',
  description: '人民日报党建版的全部栏目：每个栏目的简介、文章篇数、刊出时间，以及是否仍在刊出。',
  path: routes.columns(),
});

export default function ColumnsPage() {
  const summaries = getColumnSummaries().map((summary) => ({
    name: summary.column.name,
    href: routes.column(summary.column.slug),
    description: columnDescription(summary.column),
    count: summary.count,
    span: summary.first && summary.latest ? (summary.first === summary.latest ? formatChineseDate(summary.first) : `${formatChineseDate(summary.first)}至${formatChineseDate(summary.latest)}`) : undefined,
    running: summary.running,
  }));
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '全部栏目' }]} />
      <h1 className="text-2xl font-bold">全部栏目</h1>
      <p className="mb-6 mt-2 text-muted">共 {summaries.length} 个栏目，按版面上的顺序排列；停刊的栏目列在后面。</p>
      <ColumnDirectory columns={summaries} />
    </>
  );
}
