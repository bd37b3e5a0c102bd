import { site } from '@/lib/site/settings';

export interface CitationProps {
  readonly citation: string;
  /** The page in the paper's own electronic edition. */
  readonly originalUrl?: string;
  /** This article's address, printed with it. */
  readonly articleUrl: string;
}

/** Where the story comes from and how to cite it (GB/T 7714-2015); the print view shows the URL. */
export function Citation({ citation, originalUrl, articleUrl }: CitationProps) {
  return (
    <section aria-labelledby="citation-heading" className="mt-8 rounded border border-rule p-3 text-sm">
      <h2 id="citation-heading" className="font-bold">
        引用本文
      </h2>
      {/* Declares the printed language so the 繁體 view leaves it as printed: a citation quotes the paper. */}
      <p lang={site.locale} className="mt-1 break-all">
        {citation}
      </p>
      {originalUrl && (
        <p className="mt-1 text-muted print:hidden">
          <a href={originalUrl} className="underline underline-offset-2 hover:text-accent" rel="noopener">
            查看人民日报电子版原版
          </a>
        </p>
      )}
      <p className="mt-1 hidden break-all print:block">本文链接：{articleUrl}</p>
    </section>
  );
}
