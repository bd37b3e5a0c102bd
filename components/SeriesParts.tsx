import { circledNumber } from '@/lib/records/format';

export interface SeriesPartItem {
  readonly part: number;
  /** Absent for a part the archive does not hold. */
  readonly story?: { readonly href: string; readonly title: string; readonly date: string };
}

/** ① ② ③ … in order; a part the archive lacks says so instead of vanishing. */
export function SeriesParts({ parts }: { readonly parts: readonly SeriesPartItem[] }) {
  return (
    <ol className="mt-4 divide-y divide-rule">
      {parts.map(({ part, story }) => (
        <li key={part} className="flex gap-3 py-3">
          <span className="text-lg font-bold text-accent">
            <span aria-hidden="true">{circledNumber(part)}</span>
            <span className="sr-only">第{part}篇</span>
          </span>
          {story ? (
            <span>
              <a href={story.href} className="font-semibold hover:text-accent hover:underline">
                {story.title}
              </a>
              <span className="block text-sm text-muted">{story.date}</span>
            </span>
          ) : (
            <span className="text-muted">本站未收录此篇</span>
          )}
        </li>
      ))}
    </ol>
  );
}
