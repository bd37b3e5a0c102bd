/**
 * CSV as spreadsheets read it (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads the
 * Chinese). Every cell is text: one that begins with =, +, -, @, a tab or a carriage return is
 * prefixed with ' so no spreadsheet runs it as a formula, whatever a reader typed or a title holds.
 */
const formulaStart = /^[=+\-@\t\r]/u;

export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvOf(rows: readonly (readonly (string | number)[])[]): string {
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
