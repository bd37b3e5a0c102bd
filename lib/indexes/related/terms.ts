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
/** Characters that never belong to a name or term: particles, pronouns, measure words. */
const functionCharacters = new Set('的是在了和与及对为把被将从向也都又就而并等个一不有这那其之以于上下中里后前年月日我他她它们您你说');
/** Administrative suffixes that end a place name: 贵州|省 → 贵州省, 隆|尧|县 → 隆尧县. */
const placeSuffixes = new Set('省市县区州旗镇乡村');

/**
 * The topic-bearing words of a text, in order, repeats kept (their counts are term frequencies).
 *
 * The segmenter's dictionary lacks most names, and cuts them into single characters (游|德|祥,
 * 木|兰溪, 党|建|联盟). Runs of single characters are joined back onto the word they precede, or
 * into a word of their own, and a place suffix joins the word before it.
 */
export function topicWords(text: string): string[] {
  const words: string[] = [];
  let run = '';
  let afterWord = false;
  const endRun = () => {
    if (run.length >= 2) words.push(run);
    run = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike || !hasHan.test(segment) || functionCharacters.has(segment)) {
      endRun();
      afterWord = false;
    } else if (segment.length > 1) {
      words.push(run + segment);
      run = '';
      afterWord = true;
    } else if (afterWord && run === '' && placeSuffixes.has(segment)) {
      words[words.length - 1] += segment;
      afterWord = false;
    } else {
      run += segment;
      afterWord = false;
      if (placeSuffixes.has(segment)) endRun();
    }
  }
  endRun();
  return words.filter((word) => !stopWords.has(word));
}
