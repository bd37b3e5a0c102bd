/**
 * Dates as Chinese papers print them: 2024年4月9日, 2024年4月, 2024年. No settings are read here,
 * so the browser's search page formats its dates with the same rules as the pages.
 */

/** 2024-04-09 → 2024年4月9日 */
export function formatChineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 2024-04 (or a date in it) → 2024年4月 */
export function formatChineseMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return `${year}年${monthNumber}月`;
}

/** 2024 (or a date in it) → 2024年 */
export function formatChineseYear(year: string): string {
  return `${Number(year.slice(0, 4))}年`;
}
