/**
 * The URL slug of a running series' page. A record-level fact like an article's slug: the loader
 * checks that no two series share one and that none is empty, before any page is made.
 */
import { pinyin } from 'pinyin-pro';

/** A readable ASCII slug: the pinyin of the name, syllables joined by hyphens. */
export function seriesSlug(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
