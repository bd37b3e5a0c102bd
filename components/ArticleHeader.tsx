
export interface ArticleHeaderProps {
  /** 深度关注 · 提振党员干部干事创业精气神 ③; empty for an article without column or series. */
  readonly label: string;
  readonly labelHref?: string;
  readonly kicker?: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly byline?: string;
  /** 人民日报 2024年4月9日 第19版 */
  readonly editionLine: string;
  readonly editionHref?: string;
  readonly readingMinutes: number;
}

/** The head of an article as the paper sets it: kicker small above a large title, then meta lines. */
export function ArticleHeader(props: ArticleHeaderProps) {
  const { label, labelHref, kicker, title, subtitle, byline, editionLine, editionHref, readingMinutes } = props;
  return (
    <header className="mb-6 border-b border-rule pb-5">
      {label &&
        (labelHref ? (
          <a href={labelHref} className="text-sm font-semibold text-accent hover:underline">
            {label}
          </a>
        ) : (
          <p className="text-sm font-semibold text-accent">{label}</p>
        ))}
      {kicker && <p className="mt-3 text-balance text-base text-muted">{kicker}</p>}
      <h1 className="headline mt-1 text-balance font-serif text-2xl font-bold leading-snug sm:text-[2rem]">{title}</h1>
      {subtitle && <p className="mt-2 text-balance text-lg">{subtitle}</p>}
      {byline && <p className="mt-3 text-sm text-muted">{byline}</p>}
      <p className="mt-1 text-sm text-muted">
        {editionHref ? (
          <a href={editionHref} className="underline decoration-rule underline-offset-4 hover:text-accent">
            {editionLine}
          </a>
        ) : (
          editionLine
        )}
        <span> · 约{readingMinutes}分钟</span>
      </p>
    </header>
  );
}
