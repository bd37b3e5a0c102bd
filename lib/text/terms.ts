/**
 * Words of a Chinese text. Chinese has no spaces, so words come from the ICU word segmenter
 * (Intl.Segmenter, built into Node and browsers); single characters and function words say
 * little about a topic and are left out.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Frequent words of news prose that do not tell one story's topic from another's. */
const stopWords = new Set([
  '我们', '他们', '你们', '自己', '一个', '一名', '一批', '一些', '这个', '那个', '这些', '这样', '如何', '什么',
  '进行', '开展', '通过', '以及', '同时', '目前', '已经', '不仅', '还是', '就是', '可以', '没有', '不断', '更加',
  '今年', '去年', '近年来', '以来', '表示', '介绍', '记者', '本报', '方面', '有关', '相关', '进一步', '其中', '他说',
]);

const hasHan = /\p{Script=Han}/u;

/** The topic-bearing words of a text, in order, repeats kept (their counts are term frequencies). */
export function topicWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && segment.length >= 2 && hasHan.test(segment) && !stopWords.has(segment)) words.push(segment);
  }
  return words;
}

/** Visible text of sanitised HTML (tags dropped, the few entities the pipeline emits decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/gu, '')
    .replace(/&quot;/gu, '"')
    .replace(/&#x27;|&#39;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}
