/**
 * Page metadata through Next's metadata API: every page gets its title, a description, its
 * canonical URL (resolved against the configured SITE_URL) and matching Open Graph fields.
 */
import type { Metadata } from 'next';
import { routes } from '@/lib/site/routes';
import { site } from '@/lib/site/settings';

/** Open Graph fields every page shares; a page's own openGraph replaces the layout's whole. */
export const sharedOpenGraph = {
  siteName: site.name,
  locale: 'zh_CN',
  images: [{ url: '/og-default.png', width: 1200, height: 630, alt: site.name }],
};

export const sharedTwitter = { card: 'summary_large_image' as const, images: ['/og-default.png'] };

const siteFeed = { [`${site.name}：全部文章`]: routes.feed() };

export interface PageMetadata {
  readonly title: string;
  readonly description: string;
  /** The page's own path, e.g. /columns/shendu-guanzhu/. */
  readonly path: string;
  /** Feeds that follow this page, as <link rel="alternate">. */
  readonly feeds?: Readonly<Record<string, string>>;
}

export function pageMetadata({ title, description, path, feeds }: PageMetadata): Metadata {
  return {
    title,
    description,
    alternates: {
      canonical: path,
      // A page's alternates replace the layout's: the site feed is named again with the page's own.
      types: { 'application/rss+xml': Object.entries({ ...siteFeed, ...feeds }).map(([feedTitle, url]) => ({ title: feedTitle, url })) },
    },
    openGraph: { ...sharedOpenGraph, title, description, url: path, type: 'website' },
    twitter: { ...sharedTwitter, title, description },
  };
}
