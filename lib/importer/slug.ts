/**
 * An imported article's slug: the pinyin of its title's first four words
 * (lib/records/word-slug.ts), e.g. 党建联盟助力企业发展 → dangjian-lianmeng-zhuli-qiye.
 */
import { wordSlug } from '../records/word-slug';

const wordsInSlug = 4;

export function slugFromTitle(title: string): string {
  return wordSlug(title, wordsInSlug) || 'article';
}

/** The slug, or the slug with -2, -3 … when the archive already uses it. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
}
