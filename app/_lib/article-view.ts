/**
 * Turns records into the props of presentational components, so route files stay thin and the
 * same story reads the same in every list.
 */
import { citationMetaOf, issueTimestamp } from '@/lib/records/publication';
import { absoluteUrl } from '@/lib/site/settings';
import type { ArticleHeaderProps } from '@/components/ArticleHeader';
import type { ArticleSummaryProps } from '@/components/ArticleSummary';
import type { Crumb } from '@/components/Breadcrumbs';
import type { ReadableArticleProps } from '@/components/ReadableArticle';
import type { RegionLink } from '@/components/RegionLinks';
import type { RegionTreeNode } from '@/components/RegionTree';
import type { Metadata } from 'next';
import { pageMetadata } from './metadata';
import type { Article } from '@/lib/api';
import { editionLine } from '@/lib/records/format';
import type { SaveControlProps } from '@/components/reading/SaveControl';
import { columnLabel } from '@/lib/records/format';
import { printedRegionNames, type Region } from '@/lib/records/regions';
import type { RegionNode } from '@/lib/api';
import { seriesSlug } from '@/lib/records/series-slug';
import { routes } from '@/lib/site/routes';

export function columnNameOf(article: Article): string | undefined {
  return article.column?.name;
}

/** A story in a list; lists that span editions also say where and when it ran. */
export function summaryOf(article: Article, options: { readonly withEdition?: boolean } = {}): ArticleSummaryProps {
  const meta = options.withEdition ? [editionLine(article), columnNameOf(article)].filter(Boolean).join(' · ') : undefined;
  return {
    href: routes.article(article.slug),
    title: article.title,
    excerpt: article.excerpt,
    ...(article.kicker !== undefined && { kicker: article.kicker }),
    ...(article.byline !== undefined && { byline: article.byline }),
    ...(meta && { meta }),
  };
}

/**
 * 福建省泉州市 · 鲤城区 · 南安市: a place inside one already named is shortened to its own name,
 * as a reader would say it; any other place keeps its full name.
 */
export function regionLinksOf(regions: readonly Region[]): RegionLink[] {
  const names = printedRegionNames(regions);
  return regions.map((region, index) => ({ href: routes.region(region.code), label: names[index]! }));
}

export function regionTreeNodesOf(nodes: readonly RegionNode[]): RegionTreeNode[] {
  return nodes.map((node) => ({
    code: node.region.code,
    name: node.region.name,
    href: routes.region(node.region.code),
    count: node.count,
    children: regionTreeNodesOf(node.children),
  }));
}

/** An article's metadata: Open Graph type article, with its date, column, authors and topics. */
export function articleMetadata(article: Article): Metadata {
  const base = pageMetadata({ title: article.title, description: article.excerpt, path: routes.article(article.slug) });
  return {
    ...base,
    authors: article.authors.map((name) => ({ name })),
    keywords: [...article.tags],
    other: citationMetaOf(article, absoluteUrl(routes.article(article.slug))),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: issueTimestamp(article.date),
      ...(article.column && { section: article.column.name }),
      authors: [...article.authors],
      tags: [...article.tags],
    },
  };
}

/** 首页 › 栏目 › 标题 */
export function articleTrailOf(article: Article): Crumb[] {
  const { column } = article;
  return [{ label: '首页', href: routes.home() }, ...(column ? [{ label: column.name, href: routes.column(column.slug) }] : []), { label: article.title }];
}

/** The head of the article; its label links to the series when there is one, else the column. */
export function articleHeaderOf(article: Article): ArticleHeaderProps {
  const labelHref = article.series ? routes.series(seriesSlug(article.series.name)) : article.column && routes.column(article.column.slug);
  return {
    label: columnLabel(columnNameOf(article), article.series),
    title: article.title,
    editionLine: editionLine(article),
    editionHref: routes.edition(article.date, article.page),
    readingMinutes: article.readingMinutes,
    ...(labelHref && { labelHref }),
    ...(article.kicker !== undefined && { kicker: article.kicker }),
    ...(article.subtitle !== undefined && { subtitle: article.subtitle }),
    ...(article.byline !== undefined && { byline: article.byline }),
  };
}

/** The story of an article page, without the tools and links around it. */
export function readableArticleOf(article: Article): Pick<ReadableArticleProps, 'trail' | 'header' | 'body'> {
  return {
    trail: articleTrailOf(article),
    header: articleHeaderOf(article),
    body: { html: article.html, figures: article.figures },
  };
}

/** What 收藏 keeps of a story to list it in 我的收藏 without a connection. */
export function savedStoryOf(article: Article): SaveControlProps {
  return { path: routes.article(article.slug), title: article.title, column: columnNameOf(article) ?? '', edition: editionLine(article) };
}
