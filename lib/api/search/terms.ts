/**
 * What a query asks, read from what was typed: the field its words are limited to (标题：… for
 * the head, 作者：… for the authors, or the form's choice) and up to three terms to compare,
 * written `党建联盟 | 流动党员`. Each term is words that must all be found; results are the
 * stories that hold any term, and the chart draws one line per term.
 */
import { queryWords } from '../../indexes/search/fold';

/** Where words are looked for: the whole printed text, the head (引题, 标题, 副题), or the authors. */
export const searchFields = ['all', 'head', 'author'] as const;
export type SearchField = (typeof searchFields)[number];

/** How many terms one chart compares: more lines than that no reader tells apart. */
export const compareLimit = 3;

export interface ParsedQuery {
  /** The terms as typed, each with words to search; at most compareLimit. */
  readonly terms: readonly string[];
  readonly field: SearchField;
  /** Terms beyond the limit, not searched. */
  readonly dropped: number;
  /** A field prefix written with no words after it (作者：). */
  readonly emptyPrefix?: string;
}

const prefixes: readonly (readonly [RegExp, SearchField])[] = [
  [/^\s*(标题|title)\s*[:：]\s*/iu, 'head'],
  [/^\s*(作者|author)\s*[:：]\s*/iu, 'author'],
];

export function parseQuery(query: string, field: SearchField = 'all'): ParsedQuery {
  let rest = query;
  let chosen = field;
  let prefix: string | undefined;
  for (const [pattern, named] of prefixes) {
    const match = pattern.exec(rest);
    if (match) {
      rest = rest.slice(match[0].length);
      chosen = named;
      prefix = match[0].trim();
      break;
    }
  }
  const terms = rest
    .split(/[|｜]/u)
    .map((term) => term.trim())
    .filter((term) => queryWords(term).length > 0);
  return {
    terms: terms.slice(0, compareLimit),
    field: chosen,
    dropped: Math.max(0, terms.length - compareLimit),
    ...(prefix !== undefined && terms.length === 0 && { emptyPrefix: prefix }),
  };
}

export const fieldLabels: Readonly<Record<SearchField, string>> = { all: '全文', head: '标题', author: '作者' };
