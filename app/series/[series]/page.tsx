import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { summaryOf } from '@/app/_lib/article-view';
import { pageMetadata } from '@/app/_lib/metadata';
import { ArticleList } from '@/components/ArticleList';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { SeriesParts } from '@/components/SeriesParts';
import { getSeriesIndex } from '@/lib/api';
import { editionLine } from '@/lib/records/format';
import { routes } from '@/lib/site/routes';
import { placeholderParam } from '@/lib/view/static-params';
import { paramsToRender, staticPages } from '@/lib/api/pages';

interface SeriesPageProps {
  readonly params: Promise<{ series: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return paramsToRender(staticPages.series(), { series: placeholderParam });
}

export async function generateMetadata({ params }: SeriesPageProps): Promise<Metadata> {
  const series = getSeriesIndex().get((await params).series);
  return series ? pageMetadata({ title: series.name, description: `系列报道“${series.name}”的全部篇目`, path: routes.series(series.slug) }) : {};
}

export default async function SeriesPage({ params }: SeriesPageProps) {
  const series = getSeriesIndex().get((await params).series);
  if (!series) notFound();
  const column = [...series.parts.map((p) => p.article), ...series.unnumbered].find((a) => a?.column)?.column;
  const held = series.parts.filter((p) => p.article).length + series.unnumbered.length;
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, ...(column ? [{ label: column.name, href: routes.column(column.slug) }] : []), { label: series.name }]} />
      <p className="text-sm font-semibold text-accent">{column ? `${column.name} · 系列报道` : '系列报道'}</p>
      <h1 className="text-2xl font-bold">{series.name}</h1>
      <p className="mt-1 text-sm text-muted">本站收录{held}篇</p>
      <SeriesParts
        parts={series.parts.map(({ part, article }) =>
          article ? { part, story: { href: routes.article(article.slug), title: article.title, date: editionLine(article) } } : { part },
        )}
      />
      {series.unnumbered.length > 0 && <ArticleList items={series.unnumbered.map((a) => summaryOf(a, { withEdition: true }))} />}
    </>
  );
}
