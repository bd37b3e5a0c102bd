/**
 * Pagefind's excerpts mark matches with <mark>. They are turned into text segments for React to
 * render, so no HTML from the index is ever inserted into the page.
 */
export interface ExcerptSegment {
  readonly text: string;
  readonly marked: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/gu, (entity) => entities[entity] ?? entity);
}

export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/u)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      // Any other tag is dropped, never rendered.
      const text = decodeEntities(part.replace(/<[^>]*>/gu, ''));
      const previous = segments.at(-1);
      if (previous && previous.marked === marked) segments[segments.length - 1] = { text: previous.text + text, marked };
      else if (text) segments.push({ text, marked });
    }
  }
  return segments;
}
