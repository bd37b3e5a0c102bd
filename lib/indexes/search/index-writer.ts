/**
 * Writes the whole search index (index-format.ts) of a list of articles, newest first. Every run
 * of one to four folded characters is indexed with the articles holding it, and every
 * four-character run with its positions, so that the browser matches any longer run exactly.
 * No word segmentation: what is indexed is what is printed. An incremental build updates the
 * previous index instead (index-update.ts), to the same bytes.
 */
import type { SearchDocument } from './document';
import { visitRuns, writeCounts, writePositions } from './runs';
import { documentFile, metadataFiles, placeIndex, postingFiles, SplitPostingWriter, stored, writerOf, type WrittenIndex } from './index-files';
import { documentPath, postingLayout, recentStart, type PostingLayout } from './index-format';

export type { WrittenIndex } from './index-files';

export function writeSearchIndex(documents: readonly SearchDocument[], columns: readonly string[], layout: PostingLayout = postingLayout): WrittenIndex {
  const recent = recentStart(documents.length, layout);
  const counts = new Map<string, SplitPostingWriter>();
  const positions = new Map<string, SplitPostingWriter>();
  const split = () => new SplitPostingWriter(recent);
  const files = new Map<string, Uint8Array>();
  // Story numbers count from the oldest (index-format.ts).
  for (let number = 0; number < documents.length; number += 1) {
    const document = documents[documents.length - 1 - number]!;
    visitRuns(document, (key, inHead, inBody, positioned) => {
      writeCounts(writerOf(counts, key, split).entry(number), inHead.length, inBody.length);
      if (positioned) writePositions(writerOf(positions, key, split).entry(number), inHead, inBody);
    });
    files.set(documentPath(number), documentFile(document));
  }
  const writers = (postings: Map<string, SplitPostingWriter>) => new Map([...postings].map(([key, posting]) => [key, posting.parts()]));
  const g = postingFiles('g', writers(counts), files, layout);
  const p = postingFiles('p', writers(positions), files, layout);
  const { a, n } = metadataFiles(documents, columns, files, layout);
  const placed = new Map([...files].map(([path, bytes]) => [path, stored(bytes)]));
  return placeIndex(placed, new Map(), new Map(), { documents: documents.length, buckets: { g, p, a, n }, recent, columns });
}
