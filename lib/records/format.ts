/** Small formatting rules of Chinese print that several pages share. */

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
