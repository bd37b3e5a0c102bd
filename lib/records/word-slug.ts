/**
 * Readable ASCII slugs from Chinese text: the pinyin of its words, e.g. 党建联盟助力企业发展 →
 * dangjian-lianmeng-zhuli-qiye. Words come from the ICU word segmenter (Intl.Segmenter), not from
 * single syllables or fixed pairs of characters, so 以严明纪律规范党员干部履职用权 reads
 * yiyanming-jilv-guifan-dangyuan, not yi-yan-ming-ji-lv or yiyan-mingji-lvgui. Words never cross
 * punctuation; a phrase of up to three characters stays one word (“会担当” → huidandang), and so
 * does a run of up to three characters the segmenter leaves single (以|严|明 → yiyanming); a
 * longer run goes in pairs. Article slugs (the importer) and series slugs (series-slug.ts) alike.
 */
import { pinyin } from 'pinyin-pro';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const romanise = (chinese: string) => pinyin(chinese, { toneType: 'none', type: 'array', v: true }).join('');

/** The words of a phrase without punctuation, single characters the segmenter leaves grouped. */
function wordsOf(phrase: string): string[] {
  const chars = [...phrase];
  if (chars.length <= 3) return [phrase];
  const words: string[] = [];
  let singles: string[] = [];
  const flush = () => {
    if (singles.length <= 3) words.push(singles.join(''));
    else for (let at = 0; at < singles.length; at += 2) words.push(singles.slice(at, at + 2).join(''));
    singles = [];
  };
  for (const { segment } of segmenter.segment(phrase)) {
    if ([...segment].length === 1) singles.push(segment);
    else {
      if (singles.length > 0) flush();
      words.push(segment);
    }
  }
  if (singles.length > 0) flush();
  return words;
}

/** The slug of the text's first `maxWords` words (all of them by default); '' when it has none. */
export function wordSlug(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  const words: string[] = [];
  for (const phrase of text.normalize('NFKC').match(/\p{Script=Han}+|[A-Za-z0-9]+/gu) ?? []) {
    if (!/\p{Script=Han}/u.test(phrase)) words.push(phrase.toLowerCase());
    else words.push(...wordsOf(phrase).map(romanise));
    if (words.length >= maxWords) break;
  }
  return words
    .slice(0, maxWords)
    .join('-')
    .replace(/[^a-z0-9-]+/gu, '')
    .replace(/-+/gu, '-')
    .replace(/^-|-$/gu, '');
}
