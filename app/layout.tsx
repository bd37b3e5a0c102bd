import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { sharedOpenGraph, sharedTwitter } from '@/app/_lib/metadata';
import { SiteHeader } from '@/components/SiteHeader';
import { ScriptControl } from '@/components/reading/ScriptControl';
import { headScript } from '@/lib/view/head-script';
import { routes } from '@/lib/site/routes';
import { publication, site } from '@/lib/site/settings';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { types: { 'application/rss+xml': [{ title: `${site.name}：全部文章`, url: routes.feed() }] } },
  openGraph: { ...sharedOpenGraph, type: 'website' },
  twitter: sharedTwitter,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcf9' },
    { media: '(prefers-color-scheme: dark)', color: '#16161a' },
  ],
};

const navigation = [
  { href: routes.columns(), label: '全部栏目' },
  { href: routes.regions(), label: '地区' },
  { href: routes.editions(), label: '往期版面' },
  { href: routes.search(), label: '检索筛选' },
  { href: routes.saved(), label: '我的收藏' },
];

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script (lib/view/head-script.ts) sets attributes on <html> before it is painted.
    <html lang={site.locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: headScript }} />
      </head>
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-paper focus:p-2">
          跳到正文
        </a>
        <SiteHeader siteName={site.name} links={navigation} searchHref={routes.search()} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
        <footer className="site-footer mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 border-t border-rule px-4 py-6 text-sm text-muted">
          <p>文章来源：{publication.name}。本站仅供阅读与检索。</p>
          <ScriptControl />
        </footer>
      </body>
    </html>
  );
}
