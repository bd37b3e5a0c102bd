export interface SearchIndexDataProps {
  /** Filter values: the column's display name, or 本版其他报道. */
  readonly column: string;
  /** Codes of every region in the chains of the story's places: tag every level, filters have no hierarchy. */
  readonly regionCodes: readonly string[];
  readonly date: string;
  readonly editionLine: string;
  /** The opening of the story, shown for results found by filters alone. */
  readonly summary: string;
  /** Place names a reader may search for (see lib/search/place-terms.ts). */
  readonly placeTerms: readonly string[];
}

/**
 * What the search index (Pagefind) reads from an article page besides its text: filters, result
 * metadata, and the place names. It shows nothing to readers: the filters and metadata live in
 * attributes, and the place names are visually hidden and hidden from assistive technology.
 */
export function SearchIndexData({ column, regionCodes, date, editionLine, summary, placeTerms }: SearchIndexDataProps) {
  return (
    <>
      <span hidden data-pagefind-filter={`column:${column}`} />
      {regionCodes.map((code) => (
        <span key={code} hidden data-pagefind-filter={`region:${code}`} />
      ))}
      <span hidden data-pagefind-meta={`date:${date}`} />
      <span hidden data-pagefind-meta={`edition:${editionLine}`} />
      <span hidden data-pagefind-meta={`column:${column}`} />
      <span hidden data-pagefind-meta={`summary:${summary}`} />
      {/* Weighted up: a story about a place should outrank one that mentions it in passing. */}
      {placeTerms.length > 0 && (
        <p className="sr-only" aria-hidden="true" data-pagefind-weight="3">
          {placeTerms.join(' ')}
        </p>
      )}
    </>
  );
}
