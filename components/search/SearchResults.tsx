import type { SearchHit } from '@/lib/search/engine';
import { excerptSegments } from '@/lib/search/highlight';

/** Search results: title, column, edition and the matching passage with the words marked. */
export function SearchResults({ hits }: { readonly hits: readonly SearchHit[] }) {
  return (
    <ol className="divide-y divide-rule">
      {hits.map((hit) => (
        <li key={hit.url} className="py-4">
          <h2 className="text-lg font-bold leading-snug">
            <a href={hit.url} className="hover:text-accent hover:underline">
              {hit.title}
            </a>
          </h2>
          <p className="text-sm text-muted">{[hit.column, hit.edition].filter(Boolean).join(' · ')}</p>
          <p className="mt-1 text-[0.95rem]">
            {excerptSegments(hit.excerpt).map((segment, index) =>
              segment.marked ? (
                <mark key={index} className="bg-accent/15 text-ink">
                  {segment.text}
                </mark>
              ) : (
                <span key={index}>{segment.text}</span>
              ),
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
