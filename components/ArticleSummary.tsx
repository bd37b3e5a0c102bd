import Link from 'next/link';

export interface ArticleSummaryProps {
  readonly href: string;
  readonly kicker?: string;
  readonly title: string;
  readonly byline?: string;
  readonly excerpt: string;
}

/** One story in a list: kicker, linked title, byline and the opening of the text. */
export function ArticleSummary({ href, kicker, title, byline, excerpt }: ArticleSummaryProps) {
  return (
    <article className="py-4">
      {kicker && <p className="text-sm text-muted">{kicker}</p>}
      <h3 className="text-lg font-bold leading-snug">
        <Link href={href} className="hover:text-accent hover:underline">
          {title}
        </Link>
      </h3>
      {byline && <p className="text-sm text-muted">{byline}</p>}
      <p className="mt-1 line-clamp-3 text-[0.95rem]">{excerpt}</p>
    </article>
  );
}
