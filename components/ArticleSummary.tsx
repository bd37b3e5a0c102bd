
export interface ArticleSummaryProps {
  readonly href: string;
  readonly kicker?: string;
  readonly title: string;
  readonly byline?: string;
  /** Where and when it ran, for lists that span editions: 人民日报 2024年4月9日 第19版 · 深度关注 */
  readonly meta?: string;
  readonly excerpt: string;
  /** 3 under a section heading (the home page's columns), 2 in a plain list. */
  readonly headingLevel?: 2 | 3;
}

/** One story in a list: kicker, linked title, byline and the opening of the text. */
export function ArticleSummary({ href, kicker, title, byline, meta, excerpt, headingLevel = 2 }: ArticleSummaryProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="py-4">
      {kicker && <p className="text-sm text-muted">{kicker}</p>}
      <Heading className="text-balance text-lg font-bold leading-snug">
        <a href={href} className="hover:text-accent hover:underline">
          {title}
        </a>
      </Heading>
      {(byline || meta) && <p className="text-sm text-muted">{[byline, meta].filter(Boolean).join(' · ')}</p>}
      <p className="mt-1 line-clamp-3 text-[0.95rem]">{excerpt}</p>
    </article>
  );
}
