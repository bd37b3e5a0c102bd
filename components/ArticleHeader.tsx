import Link from 'next/link';

export interface ArticleHeaderProps {
  /** 深度关注 · 提振党员干部干事创业精气神 ③; empty for an article without column or series. */
  readonly label: string;
  readonly labelHref?: string;
  readonly kicker?: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly byline?: string;
  readonly editionLine: string;
  readonly readingMinutes: number;
}

/** The head of an article as the paper sets it: kicker small above a large title, then meta lines. */
export function ArticleHeader({ label, labelHref, kicker, title, subtitle, byline, editionLine, readingMinutes }: ArticleHeaderProps) {
  return (
    <header className="mb-6 border-b border-rule pb-5">
      {label &&
        (labelHref ? (
          <Link href={labelHref} className="text-sm font-semibold text-accent hover:underline">
            {label}
          </Link>
        ) : (
          <p className="text-sm font-semibold text-accent">{label}</p>
        ))}
      {kicker && <p className="mt-3 text-base text-muted text-balance">{kicker}</p>}
      <h1 className="mt-1 text-2xl font-bold leading-snug text-balance sm:text-3xl">{title}</h1>
      {subtitle && <p className="mt-2 text-lg">{subtitle}</p>}
      {byline && <p className="mt-3 text-sm text-muted">{byline}</p>}
      <p className="mt-1 text-sm text-muted">
        {editionLine} · 约{readingMinutes}分钟
      </p>
    </header>
  );
}
