import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_lib/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { getEditionMonths } from '@/lib/api';
import { formatChineseMonth } from '@/lib/records/format';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata({ title: '往期版面', description: '按月份浏览往期报纸版面。', path: routes.editions() });

export default function EditionArchivePage() {
  const months = getEditionMonths();
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '往期版面' }]} />
      <h1 className="text-2xl font-bold">往期版面</h1>
      <ul className="mt-4 divide-y divide-rule">
        {months.map(({ month, editions }) => (
          <li key={month} className="py-3">
            <a href={routes.editionDate(month)} className="font-semibold hover:text-accent hover:underline">
              {formatChineseMonth(month)}
            </a>
            <span className="ml-2 text-sm text-muted">
              {editions.length}个版面，{editions.reduce((sum, e) => sum + e.articles.length, 0)}篇
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
