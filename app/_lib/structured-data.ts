/** schema.org NewsArticle for an article page, typed with schema-dts. */
import type { NewsArticle, WithContext } from 'schema-dts';
import type { Article } from '@/lib/api';
import { editionLine } from '@/lib/records/format';
import { issueTimestamp, originalPageUrl } from '@/lib/records/publication';
import { routes } from '@/lib/site/routes';
import { absoluteUrl, publication } from '@/lib/site/settings';

export function newsArticleOf(article: Article): WithContext<NewsArticle> {
  const alternative = [article.kicker, article.subtitle].filter((line): line is string => Boolean(line));
  const places = article.regions.map((region) => ({ '@type': 'AdministrativeArea' as const, name: region.fullName, identifier: region.code }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(alternative.length > 0 && { alternativeHeadline: alternative.join(' ') }),
    description: article.excerpt,
    datePublished: issueTimestamp(article.date),
    inLanguage: 'zh-CN',
    url: absoluteUrl(routes.article(article.slug)),
    mainEntityOfPage: absoluteUrl(routes.article(article.slug)),
    author: article.authors.map((name) => ({ '@type': 'Person' as const, name })),
    publisher: { '@type': 'Organization', name: publication.name, url: publication.url },
    ...(article.column && { articleSection: article.column.name }),
    ...(article.tags.length > 0 && { keywords: article.tags.join(',') }),
    wordCount: article.characterCount,
    isPartOf: {
      '@type': 'PublicationIssue',
      name: editionLine(article),
      datePublished: article.date,
      ...(article.page !== undefined && { pagination: String(article.page), url: originalPageUrl(article.date, article.page) }),
    },
    ...(places.length > 0 && { about: places, contentLocation: places }),
  };
}
