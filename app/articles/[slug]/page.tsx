import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articleMetadata, readableArticleOf, regionLinksOf, savedStoryOf } from '@/app/_lib/article-view';
import { newsArticleOf } from '@/app/_lib/structured-data';
import { ReadableArticle } from '@/components/ReadableArticle';
import { JsonLd } from '@/components/JsonLd';
import { BackToTop } from '@/components/reading/BackToTop';
import { Citation } from '@/components/reading/Citation';
import { ReadingTools } from '@/components/reading/ReadingTools';
import { citationOf, originalPageUrl } from '@/lib/records/publication';
import { absoluteUrl } from '@/lib/site/settings';
import { PageNeighbours } from '@/components/PageNeighbours';
import { RegionLinks } from '@/components/RegionLinks';
import { RelatedList } from '@/components/RelatedList';
import { TableOfContents } from '@/components/TableOfContents';
import { getArticle, getPageNeighbours, getRelatedLinks } from '@/lib/api';
import { routes } from '@/lib/site/routes';
import { placeholderParam } from '@/lib/view/static-params';
import { paramsToRender, staticPages } from '@/lib/api/pages';

interface ArticlePageProps {
  readonly params: Promise<{ slug: string }>;
}

// Only the articles in content/ exist; any other slug is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return paramsToRender(staticPages.articles(), { slug: placeholderParam });
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { previous, next } = getPageNeighbours(article);
  const link = (other: typeof article) => ({ href: routes.article(other.slug), title: other.title });
  const url = absoluteUrl(routes.article(article.slug));
  return (
    <ReadableArticle
      {...readableArticleOf(article)}
      head={<JsonLd data={newsArticleOf(article)} />}
      tools={
        <>
          <ReadingTools url={url} title={article.title} citation={citationOf(article)} story={savedStoryOf(article)} />
          <RegionLinks regions={regionLinksOf(article.regions)} />
          <TableOfContents headings={article.headings} />
        </>
      }
      after={
        <>
          <Citation citation={citationOf(article)} articleUrl={url} {...(article.page !== undefined && { originalUrl: originalPageUrl(article.date, article.page) })} />
          <PageNeighbours {...(previous && { previous: link(previous) })} {...(next && { next: link(next) })} />
          <RelatedList items={getRelatedLinks(article).map((story) => ({ ...link(story.article), reason: story.reason }))} />
          <BackToTop />
        </>
      }
    />
  );
}
