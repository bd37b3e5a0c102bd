/**
 * Readable ASCII slugs from a title: the pinyin of its first Han characters in pairs (most
 * Chinese words have two), e.g. 党建联盟助力企业发展 → dangjian-lianmeng-zhuli-qiye. Pairs never
 * cross punctuation, and a phrase of three characters stays one word (“会担当” → huidandang).
 */
import { pinyin } from 'pinyin-pro';

const wordsInSlug = 4;

export function slugFromTitle(title: string): string {
  const words: string[] = [];
  for (const phrase of title.normalize('NFKC').match(/\p{Script=Han}+|[A-Za-z0-9]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(phrase)) {
      words.push(phrase.toLowerCase());
      continue;
    }
    const syllables = pinyin(phrase, { toneType: 'none', type: 'array', v: true });
    if (syllables.length <= 3) words.push(syllables.join(''));
    else for (let at = 0; at < syllables.length; at += 2) words.push(syllables.slice(at, at + 2).join(''));
  }
  return words.slice(0, wordsInSlug).join('-') || 'article';
}

/** The slug, or the slug with -2, -3 … when the archive already uses it. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) if (!isTaken(`${base}-${n}`)) return `${base}-${n}`;
}
