/**
 * Characters no page prints that can corrupt or disguise text: control characters (NUL, ESC…),
 * text-direction marks, embeddings, overrides and isolates (U+202E…), and the characters XML 1.0
 * forbids outright (noncharacters such as U+FFFE and U+FFFF, lone surrogates), which would leave
 * a feed or sitemap that holds them unreadable by every XML parser. One definition for the
 * contract's fields, bodies, the importer's raw pages, error messages and the XML writer.
 */
const directionControls = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';

/** Unicode's 66 noncharacters and the surrogate halves, matched alone only under the `u` flag. */
const notXmlCharacters =
  '\\ufdd0-\\ufdef\\ufffe\\uffff\\ud800-\\udfff' +
  Array.from({ length: 16 }, (_, plane) => `\\u{${(plane + 1).toString(16)}fffe}\\u{${(plane + 1).toString(16)}ffff}`).join('');

/** In a one-line field: every control character, tabs and line breaks included. */
export const unprintedInField = new RegExp(`[\\p{Cc}${directionControls}${notXmlCharacters}]`, 'u');

/** In running text: the same, but tabs and line breaks, which are layout. */
export const unprintedInText = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${directionControls}${notXmlCharacters}]`, 'u');

/** What XML 1.0 cannot carry at all (its Char production): the last guard of the feed and sitemap writer. */
export const notInXml = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${notXmlCharacters}]`, 'u');

/** How a message names such a character: U+001B. */
export const codePointName = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
