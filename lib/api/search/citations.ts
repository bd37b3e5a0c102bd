/**
 * A result set as files a reader takes away: CSV for a spreadsheet, RIS (Zotero, EndNote) and
 * BibTeX (JabRef, BibLaTeX) for citation managers, each story a newspaper article of 人民日报
 * with its date and page. Pure functions over the records the engine loads; every value is text:
 * no line break can start a new RIS tag, no brace or backslash can end a BibTeX field, no CSV
 * cell can run as a formula (csv.ts).
 */
import { csvOf } from './csv';

export interface CitationRecord {
  /** The article's address on this site, absolute. */
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly page?: number;
  /** The column's name, or 本版其他报道. */
  readonly column: string;
  readonly authors: readonly string[];
}

export const exportFormats = ['csv', 'ris', 'bibtex'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** How many results one download holds, in the order the page lists them. */
export const exportLimit = 1000;

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

export function citationCsv(records: readonly CitationRecord[]): string {
  return csvOf([
    ['title', 'date', 'page', 'column', 'authors', 'url'],
    ...records.map((record) => [record.title, record.date, record.page ?? '', record.column, record.authors.join('; '), record.url]),
  ]);
}

/**
 * One line of a RIS value: line breaks, control characters and runs of spaces become one space,
 * so nothing in a title reads as a tag ("ER  - "), even to a parser that looks for tags mid-line.
 */
const risValue = (value: string) => value.replace(/[\p{Cc}\p{Z}\u2028\u2029]+/gu, ' ').trim();

export function citationRis(records: readonly CitationRecord[], publication: string): string {
  return records
    .map((record) => {
      const lines = [
        ['TY', 'NEWS'],
        ['TI', record.title],
        ...record.authors.map((author) => ['AU', author]),
        ['PY', record.date.slice(0, 4)],
        // The year and the date as RIS (2011) writes them, as Zotero and EndNote export a newspaper article.
        ['DA', `${record.date.replaceAll('-', '/')}/`],
        ['T2', publication],
        ...(record.page === undefined ? [] : [['SP', String(record.page)]]),
        ['UR', record.url],
        ['LA', 'zh'],
        ['ER', ''],
      ];
      return lines.map(([tag, value]) => `${tag}  - ${risValue(value!)}`.trimEnd()).join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** A BibTeX value in braces: the characters TeX reads as commands written as such. */
function bibValue(value: string): string {
  const escaped = risValue(value).replace(/[\\{}&%$#_^~]/gu, (char) => {
    switch (char) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${char}`;
    }
  });
  return `{${escaped}}`;
}

/** A key a citation manager can use: the date and the article's slug, ASCII only. */
const bibKey = (record: CitationRecord) => `rmrb-${record.date}-${record.url.replace(/\/+$/u, '').split('/').pop()?.replace(/[^a-z0-9-]/gu, '') ?? ''}`;

export function citationBibtex(records: readonly CitationRecord[], publication: string): string {
  return records
    .map((record) => {
      const fields: [string, string][] = [
        ['title', record.title],
        ...(record.authors.length > 0 ? [['author', record.authors.join(' and ')] as [string, string]] : []),
        ['journal', publication],
        ['entrysubtype', 'newspaper'],
        ['date', record.date],
        ['year', record.date.slice(0, 4)],
        ...(record.page === undefined ? [] : [['pages', String(record.page)] as [string, string]]),
        ['url', record.url],
        ['language', 'chinese'],
      ];
      return `@article{${bibKey(record)},\n${fields.map(([name, value]) => `  ${name} = ${name === 'url' ? `{${risValue(value).replace(/[{}\\]/gu, '')}}` : bibValue(value)}`).join(',\n')}\n}`;
    })
    .join('\n\n')
    .concat('\n');
}

export function exportFile(format: ExportFormat, records: readonly CitationRecord[], publication: string): ExportFile {
  switch (format) {
    case 'csv':
      return { name: 'rmrb-search.csv', type: 'text/csv;charset=utf-8', text: citationCsv(records) };
    case 'ris':
      return { name: 'rmrb-search.ris', type: 'application/x-research-info-systems;charset=utf-8', text: citationRis(records, publication) };
    case 'bibtex':
      return { name: 'rmrb-search.bib', type: 'application/x-bibtex;charset=utf-8', text: citationBibtex(records, publication) };
  }
}
