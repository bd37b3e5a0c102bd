import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { columnNameOf, summaryOf } from '@/app/_lib/article-view';
import { pageMetadata } from '@/app/_lib/metadata';
import { ArticleList } from '@/components/ArticleList';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { findEdition } from '@/lib/api';
import { editionLine, formatChineseDate, formatChineseMonth } from '@/lib/records/format';
import { routes } from '@/lib/site/routes';
import { placeholderParam } from '@/lib/view/static-params';
import { paramsToRender, staticPages } from '@/lib/api/pages';

interface EditionPageProps {
  readonly params: Promise<{ date: string; page: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsToRender(staticPages.editionPages(), { date: placeholderParam, page: placeholderParam });
}

function editionOf(date: string, page: string) {
  return /^[1-9]\d*$/u.test(page) ? findEdition(date, Number(page)) : undefined;
}

export async function generateMetadata({ params }: EditionPageProps): Promise<Metadata> {
  const { date, page } = await params;
  const edition = editionOf(date, page);
  return edition
    ? pageMetadata({ title: editionLine(edition), description: edition.articles.map((a) => a.title).join('；'), path: routes.edition(edition.date, edition.page) })
    : {};
}

export default async function EditionPage({ params }: EditionPageProps) {
  const { date, page } = await params;
  const edition = editionOf(date, page);
  if (!edition) notFound();
  const month = edition.date.slice(0, 7);
  const trail = [
    { label: '首页', href: routes.home() },
    { label: '往期版面', href: routes.editions() },
    { label: formatChineseMonth(month), href: routes.editionDate(month) },
    { label: formatChineseDate(edition.date), href: routes.editionDate(edition.date) },
    { label: `第${edition.page}版` },
  ];
  const items = edition.articles.map((article) => ({ ...summaryOf(article), ...(columnNameOf(article) && { meta: columnNameOf(article) }) }));
  return (
    <>
      <Breadcrumbs trail={trail} />
      <h1 className="text-2xl font-bold">{editionLine(edition)}</h1>
      <p className="mt-1 text-sm text-muted">本版共{edition.articles.length}篇，按版面顺序排列</p>
      <ArticleList items={items} />
    </>
  );
}
