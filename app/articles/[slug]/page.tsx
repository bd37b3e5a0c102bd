import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articleMetadata, columnNameOf, regionLinksOf, searchIndexDataOf } from '@/app/_lib/article-view';
import { newsArticleOf } from '@/app/_lib/structured-data';
import { ArticleBody } from '@/components/ArticleBody';
import { JsonLd } from '@/components/JsonLd';
import { Citation } from '@/components/reading/Citation';
import { FontSizeControl } from '@/components/reading/FontSizeControl';
import { ShareActions } from '@/components/reading/ShareActions';
import { citationOf, originalPageUrl } from '@/lib/publication';
import { absoluteUrl } from '@/lib/site';
import { ArticleHeader } from '@/components/ArticleHeader';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PageNeighbours } from '@/components/PageNeighbours';
import { RegionLinks } from '@/components/RegionLinks';
import { RelatedList } from '@/components/RelatedList';
import { SearchIndexData } from '@/components/SearchIndexData';
import { TableOfContents } from '@/components/TableOfContents';
import { getColumn } from '@/lib/columns';
import { getArticle, getArticles } from '@/lib/content';
import { editionLine, pageNeighbours } from '@/lib/editions';
import { columnLabel } from '@/lib/format';
import { relatedReasonLine, relatedStories } from '@/lib/related';
import { routes } from '@/lib/routes';
import { atLeastOne, placeholderParam } from '@/lib/static-params';
import { seriesSlug as seriesSlugOf } from '@/lib/series';

interface ArticlePageProps {
  readonly params: Promise<{ slug: string }>;
}

// Only the articles in content/ exist; any other slug is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(getArticles().map((article) => ({ slug: article.slug })), { slug: placeholderParam });
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const column = article.column ? getColumn(article.column) : undefined;
  const { previous, next } = pageNeighbours(getArticles(), article);
  const link = (other: typeof article) => ({ href: routes.article(other.slug), title: other.title });
  return (
    <article data-pagefind-body>
      <JsonLd data={newsArticleOf(article)} />
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, ...(column ? [{ label: column.displayName, href: routes.column(column.slug) }] : []), { label: article.title }]} />
      <ArticleHeader
        label={columnLabel(columnNameOf(article), article.series)}
        title={article.title}
        editionLine={editionLine(article)}
        editionHref={routes.edition(article.date, article.page)}
        readingMinutes={article.readingMinutes}
        {...(article.series ? { labelHref: routes.series(seriesSlugOf(article.series.name)) } : column && { labelHref: routes.column(column.slug) })}
        {...(article.kicker !== undefined && { kicker: article.kicker })}
        {...(article.subtitle !== undefined && { subtitle: article.subtitle })}
        {...(article.byline !== undefined && { byline: article.byline })}
      />
      <div data-pagefind-ignore>
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
          <FontSizeControl />
          <ShareActions url={absoluteUrl(routes.article(article.slug))} title={article.title} citation={citationOf(article)} />
        </div>
        <RegionLinks regions={regionLinksOf(article.regions)} />
        <TableOfContents headings={article.headings} />
      </div>
      <ArticleBody html={article.html} figures={article.figures} />
      <SearchIndexData {...searchIndexDataOf(article)} />
      <div data-pagefind-ignore>
        <Citation
          citation={citationOf(article)}
          articleUrl={absoluteUrl(routes.article(article.slug))}
          {...(article.page !== undefined && { originalUrl: originalPageUrl(article.date, article.page) })}
        />
        <PageNeighbours {...(previous && { previous: link(previous) })} {...(next && { next: link(next) })} />
        <RelatedList
          items={relatedStories(getArticles(), article).map((story) => ({ ...link(story.article), reason: relatedReasonLine(story) }))}
        />
        <p className="mt-8 text-right text-sm print:hidden">
          <a href="#main" className="text-accent hover:underline">回到顶部 ↑</a>
        </p>
      </div>
    </article>
  );
}
