/**
 * The visible text of an article's sanitised body HTML (lib/records/markdown.ts), a line per
 * block: what search indexes and related-story ranking read. Blocks never run into each other,
 * so a heading and the paragraph after it are two lines, not one run of words.
 */
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return entities[name.toLowerCase()] ?? entity;
  });
}

export function textOfHtml(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/giu, '\n')
      .replace(/<\/(?:p|h[1-6]|li|blockquote|div|tr|pre|figcaption)>/giu, '\n')
      .replace(/<[^>]*>/gu, ''),
  )
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

