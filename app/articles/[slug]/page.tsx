import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { getColumn } from '@/lib/columns';
import { getArticle, getArticles } from '@/lib/content';
import { editionLine } from '@/lib/editions';
import { columnLabel } from '@/lib/format';

interface ArticlePageProps {
  readonly params: Promise<{ slug: string }>;
}

// Only the articles in content/ exist; any other slug is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? { title: article.title, description: article.excerpt } : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const columnName = article.column ? getColumn(article.column).displayName : undefined;
  return (
    <article>
      <ArticleHeader
        label={columnLabel(columnName, article.series)}
        title={article.title}
        editionLine={editionLine(article)}
        readingMinutes={article.readingMinutes}
        {...(article.kicker !== undefined && { kicker: article.kicker })}
        {...(article.subtitle !== undefined && { subtitle: article.subtitle })}
        {...(article.byline !== undefined && { byline: article.byline })}
      />
      <ArticleBody html={article.html} figures={article.figures} />
    </article>
  );
}
