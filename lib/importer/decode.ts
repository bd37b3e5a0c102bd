/**
 * Reads a raw page as UTF-8 text, or says why it cannot: an empty file, a UTF-16 file, bytes
 * that are not UTF-8 (a page saved as GBK), or a control or text-direction character (ESC, NUL,
 * U+202E…), with the first line they appear on. The character is named by its code point, never
 * echoed: an escape sequence would drive the editor's terminal.
 */
import { codePointName, unprintedInText } from '../records/unprinted';

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly line?: number; readonly message: string };

/**
 * Whether bytes without a byte-order mark are UTF-16: its line breaks, digits and Latin letters
 * each carry a zero byte, all on the same side (odd offsets little-endian, even big-endian),
 * which UTF-8 text, and GBK, never has.
 */
function looksLikeUtf16(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  let even = 0;
  let odd = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const zeros = even + odd;
  if (zeros < 2 || zeros < bytes.length / 100) return undefined;
  if (odd >= zeros * 0.9) return 'LE';
  if (even >= zeros * 0.9) return 'BE';
  return undefined;
}

export function decodePage(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, line: 1, message: 'the file is UTF-16; save it as UTF-8' };
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) {
    return { ok: false, line: 1, message: `the file is UTF-16 (${utf16 === 'LE' ? 'little' : 'big'}-endian, without a byte-order mark); save it as UTF-8, e.g. iconv -f UTF-16${utf16} -t UTF-8` };
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  const parts: string[] = [];
  // Line by line, so the error names the line with the first byte that is not UTF-8.
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      parts.push(decoder.decode(bytes.subarray(start, end)));
    } catch {
      return { ok: false, line, message: 'the text is not UTF-8 (GBK or another legacy encoding?); convert it to UTF-8, e.g. iconv -f GBK -t UTF-8' };
    }
    start = end + 1;
    line += 1;
  }
  const text = parts.join('\n').replace(/^\uFEFF/u, '');
  if (text.trim() === '') return { ok: false, message: 'the file is empty' };
  const lines = text.split('\n');
  const bad = lines.findIndex((line) => unprintedInText.test(line));
  if (bad >= 0) {
    const codePoint = codePointName(unprintedInText.exec(lines[bad]!)![0]);
    return { ok: false, line: bad + 1, message: `the line holds the invisible control character ${codePoint}; remove it (control and text-direction characters are never printed)` };
  }
  return { ok: true, text };
}
