/** Small formatting rules of Chinese print that several pages share. */
import type { IsoDate } from './article';
import { publication } from '../site/settings';
import { formatChineseDate } from './chinese-date';

export { formatChineseDate, formatChineseMonth } from './chinese-date';

/** A printed page: a date and, where known, the page number (版次). */
export interface Edition {
  readonly date: IsoDate;
  /** 版次; absent for articles whose page number is not known. */
  readonly page?: number;
}


/** 人民日报 2024年4月9日 第19版 */
export function editionLine(edition: Edition): string {
  const page = edition.page === undefined ? '' : ` 第${edition.page}版`;
  return `${publication.name} ${formatChineseDate(edition.date)}${page}`;
}


/** 3 → ③, as the paper numbers series parts and figures; past ⑳ the plain number in brackets. */
export function circledNumber(n: number): string {
  if (Number.isInteger(n) && n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  return `（${n}）`;
}

/** 深度关注 · 提振党员干部干事创业精气神 ③ */
export function columnLabel(columnName: string | undefined, series: { name: string; part?: number } | undefined): string {
  const seriesText = series ? `${series.name}${series.part === undefined ? '' : ` ${circledNumber(series.part)}`}` : undefined;
  return [columnName, seriesText].filter(Boolean).join(' · ');
}
