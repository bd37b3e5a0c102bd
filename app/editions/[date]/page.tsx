import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageMetadata } from '@/app/_lib/metadata';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { publication } from '@/lib/site/settings';
import { EditionList } from '@/components/EditionList';
import { getEditionsOn, type EditionSummary } from '@/lib/api';
import { formatChineseDate, formatChineseMonth } from '@/lib/records/format';
import { parseIsoDate } from '@/lib/records/iso-date';
import { routes } from '@/lib/site/routes';
import { placeholderParam } from '@/lib/view/static-params';
import { paramsToRender, staticPages } from '@/lib/api/pages';

interface EditionDatePageProps {
  readonly params: Promise<{ date: string }>;
}

export const dynamicParams = false;

/** /editions/2024-04/ lists a month's printed pages, /editions/2024-04-09/ a day's. */
export function generateStaticParams() {
  return paramsToRender(staticPages.editionDates(), { date: placeholderParam });
}

function titleOf(date: string): string {
  const day = parseIsoDate(date);
  return day ? formatChineseDate(day) : formatChineseMonth(date);
}

export async function generateMetadata({ params }: EditionDatePageProps): Promise<Metadata> {
  const { date } = await params;
  return pageMetadata({ title: `${titleOf(date)}版面`, description: `${publication.name}${titleOf(date)}的版面与文章`, path: routes.editionDate(date) });
}

export default async function EditionDatePage({ params }: EditionDatePageProps) {
  const { date } = await params;
  const editions = getEditionsOn(date);
  if (editions.length === 0) notFound();
  const month = date.slice(0, 7);
  const trail = [{ label: '首页', href: routes.home() }, { label: '往期版面', href: routes.editions() }];
  if (date.length > 7) trail.push({ label: formatChineseMonth(month), href: routes.editionDate(month) });
  return (
    <>
      <Breadcrumbs trail={[...trail, { label: titleOf(date) }]} />
      <h1 className="text-2xl font-bold">{titleOf(date)}</h1>
      <EditionList items={editions.map(editionItem)} />
    </>
  );
}

function editionItem(edition: EditionSummary) {
  const [, month, day] = edition.date.split('-').map(Number);
  return {
    href: routes.edition(edition.date, edition.page),
    label: `${month}月${day}日 ${edition.page === undefined ? '版次不详' : `第${edition.page}版`}`,
    stories: edition.articles.map((article) => ({ href: routes.article(article.slug), title: article.title })),
  };
}
