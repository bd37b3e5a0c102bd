/**
 * The 繁體 view's dictionary for one page: the part of OpenCC's simplified → Taiwan-standard
 * dictionaries (opencc-js "s2tw") that the page's text can reach.
 *
 * Why s2tw: it writes the characters traditional readers in Taiwan and Hong Kong use every day
 * (為, 裡, 著, 眾, not the older 爲, 裏, 着, 衆 of plain OpenCC traditional) and changes no word,
 * unlike s2twp, which would turn 信息 into 資訊 and 网络 into 網路: the paper's wording, names and
 * numbers stay its own.
 *
 * The whole dictionary is 1 MB (404 KB gzip): far too much to fetch before a traditional page may
 * paint. OpenCC converts by longest match from the left, so a converter needs only the entries that
 * match somewhere in the text it converts. This keeps every entry that matches at any position of
 * the page (not only those the left-to-right scan picks), which makes the result exact for the
 * page's text and for every piece of it: a text node, a line cut from it, a search result's
 * excerpt. At every position the longest match among the kept entries is the longest match of the
 * full dictionary, so the conversion is the full dictionary's.
 *
 * The file has four lines, each in opencc-js's serialised form ("简 繁|简 繁"), for the four steps
 * of s2tw (lib/browser/traditional/converter.ts runs them): compatibility ideographs,
 * phrases (which also cut the text into segments), the characters no phrase covers, and the
 * Taiwan variants applied to each converted segment.
 */
import { ConverterBuilder, type DictGroup } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';

interface Dictionary {
  /** Source → replacement, with the precedence opencc-js gives a group (the first dictionary wins). */
  readonly entries: ReadonlyMap<string, string>;
  /** Every prefix of a source, so a scan stops as soon as no longer entry can match. */
  readonly prefixes: ReadonlySet<string>;
}

function pairsOf(dict: DictGroup[number]): (readonly [string, string])[] {
  if (typeof dict !== 'string') return dict.map(([source, replacement]) => [source, replacement] as const);
  return dict.split('|').map((line) => {
    const [source = '', replacement = ''] = line.split(' ');
    return [source, replacement] as const;
  });
}

const dictionaryOf = (group: DictGroup) => dictionaryOfPairs(group.flatMap(pairsOf));

function dictionaryOfPairs(pairs: readonly (readonly [string, string])[]): Dictionary {
  const entries = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const [source, replacement] of pairs) {
    if (entries.has(source)) continue;
    entries.set(source, replacement);
    for (let end = 1; end <= source.length; end += 1) prefixes.add(source.slice(0, end));
  }
  return { entries, prefixes };
}

interface S2tw {
  readonly normalization: Dictionary;
  readonly phrases: Dictionary;
  readonly characters: Dictionary;
  readonly variants: Dictionary;
  readonly normalize: (text: string) => string;
  readonly convert: (text: string) => string;
}

let s2tw: S2tw | undefined;

/** opencc-js's s2tw configuration, read once per process (about 0.3 s). */
function s2twDictionaries(): S2tw {
  if (s2tw) return s2tw;
  type Config = { normalizationChain: DictGroup[]; segmentation: DictGroup; conversionChain: DictGroup[] };
  const config = (cn2t.configs as unknown as Record<string, Config>).s2tw!;
  const [normalization] = config.normalizationChain;
  const [conversion, variants] = config.conversionChain;
  const phrases = dictionaryOf(config.segmentation);
  const all = dictionaryOf(conversion!);
  s2tw = {
    normalization: dictionaryOf(normalization!),
    phrases,
    characters: dictionaryOfPairs([...all.entries].filter(([source]) => !phrases.entries.has(source))),
    variants: dictionaryOf(variants!),
    normalize: normalizerOf(normalization!),
    convert: ConverterBuilder(cn2t as never)({ from: 'cn', to: 'tw' }),
  };
  return s2tw;
}

/** Compatibility ideographs map one character to one, so normalising is a lookup per character. */
function normalizerOf(group: DictGroup): (text: string) => string {
  const { entries } = dictionaryOf(group);
  return (text) => [...text].map((character) => entries.get(character) ?? character).join('');
}

/** The entries that match anywhere in the text, into `found`. */
function entriesIn(text: string, dictionary: Dictionary, found: Map<string, string>): void {
  for (let start = 0; start < text.length; start += 1) {
    for (let end = start + 1; end <= text.length; end += 1) {
      const source = text.slice(start, end);
      if (!dictionary.prefixes.has(source)) break;
      const replacement = dictionary.entries.get(source);
      // An entry that maps a single character to itself changes neither the text nor where the
      // next match starts, so it is left out.
      if (replacement !== undefined && !(source === replacement && end - start === 1)) found.set(source, replacement);
    }
  }
}

const serialised = (found: ReadonlyMap<string, string>) =>
  [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([source, replacement]) => `${source} ${replacement}`).join('|');

/** What one text needs: its entries at each step, and the characters its segments can hold. */
interface TextNeeds {
  readonly entries: readonly (readonly [string, string])[][];
  readonly characters: ReadonlySet<string>;
}

/**
 * Texts repeat across pages (the navigation, the footer, the scripts' words, a title in every
 * list that shows it): each is scanned once per build. Bounded, since bodies do not repeat.
 */
const needsOf = new Map<string, TextNeeds>();
const rememberedTexts = 20_000;

/** Compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F): only a text holding one needs normalising. */
const compatibilityIdeograph = /[\uF900-\uFAFF]|\uD87E[\uDC00-\uDE1F]/u;

function textNeeds(text: string, dictionaries: S2tw): TextNeeds {
  let needs = needsOf.get(text);
  if (needs) return needs;
  const normalization = new Map<string, string>();
  const phrases = new Map<string, string>();
  const characters = new Map<string, string>();
  entriesIn(text, dictionaries.normalization, normalization);
  const normalized = compatibilityIdeograph.test(text) ? dictionaries.normalize(text) : text;
  entriesIn(normalized, dictionaries.phrases, phrases);
  entriesIn(normalized, dictionaries.characters, characters);
  const reachable = new Set<string>();
  for (const part of [normalized, ...phrases.values(), ...characters.values()]) for (const character of part) reachable.add(character);
  needs = { entries: [[...normalization], [...phrases], [...characters]], characters: reachable };
  if (needsOf.size >= rememberedTexts) needsOf.clear();
  needsOf.set(text, needs);
  return needs;
}

/**
 * The dictionary file for a page whose convertible text is `texts` (its text nodes and labels,
 * and the words its scripts may write). Deterministic: the same texts give the same bytes.
 */
export function traditionalDictionary(texts: readonly string[]): string {
  const dictionaries = s2twDictionaries();
  const steps = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
  const reachable = new Set<string>();
  for (const text of texts) {
    const needs = textNeeds(text, dictionaries);
    needs.entries.forEach((entries, step) => entries.forEach(([source, replacement]) => steps[step]!.set(source, replacement)));
    for (const character of needs.characters) reachable.add(character);
  }
  // The variants apply to converted segments, which are made of kept replacements and of the
  // text's own unmatched characters: a variant is kept when all its characters occur there.
  const variants = new Map([...dictionaries.variants.entries].filter(([source]) => [...source].every((character) => reachable.has(character))));
  return `${[...steps, variants].map(serialised).join('\n')}\n`;
}

/** The full s2tw conversion, as opencc-js does it: what a page's dictionary must reproduce. */
export function fullTraditional(text: string): string {
  return s2twDictionaries().convert(text);
}

const scriptOrStyle = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/giu;
const tag = /<[^>]*>/gu;

/**
 * The texts of an exported page a converter may meet: everything between tags and in attribute
 * values (labels, titles, alt text), without scripts and styles. Superset on purpose: an entry
 * too many costs a few bytes, an entry missing leaves a character simplified.
 */
export function pageTexts(html: string): string[] {
  const withoutCode = html.replace(scriptOrStyle, '\n');
  const attributes = [...withoutCode.matchAll(/\s[\w-]+="([^"]*)"/gu)].map((match) => match[1]!);
  return [...withoutCode.split(tag), ...attributes].filter((text) => /[^\u0000-\u007f]/u.test(text));
}

/**
 * The texts a bundled script may write into a page: its code as one text, since its strings are
 * all a converter can meet from it (ASCII matches no entry). esbuild writes non-ASCII characters
 * as \u escapes; they are read back here.
 */
export function scriptTextsOf(code: string): string[] {
  return [code.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/giu, (_, long: string | undefined, short: string | undefined) => String.fromCodePoint(parseInt(long ?? short!, 16)))];
}
