import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-paper focus:p-2">
          跳到正文
        </a>
        <header role="banner" className="border-b border-rule">
          <div className="mx-auto flex max-w-3xl items-baseline justify-between px-4 py-3">
            <Link href="/" className="text-lg font-bold tracking-wide text-accent">
              {site.name}
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
        <footer role="contentinfo" className="mx-auto max-w-3xl border-t border-rule px-4 py-6 text-sm text-muted">
          文章来源：人民日报。本站仅供阅读与检索。
        </footer>
      </body>
    </html>
  );
}
