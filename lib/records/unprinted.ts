/**
 * Characters no page prints that can corrupt or disguise text: control characters (NUL, ESC…) and
 * text-direction marks, embeddings, overrides and isolates (U+202E…). One definition for the
 * contract's fields, bodies, the importer's raw pages and error messages.
 */
const directionControls = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';

/** In a one-line field: every control character, tabs and line breaks included. */
export const unprintedInField = new RegExp(`[\\p{Cc}${directionControls}]`, 'u');

/** In running text: the same, but tabs and line breaks, which are layout. */
export const unprintedInText = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${directionControls}]`, 'u');

/** How a message names such a character: U+001B. */
export const codePointName = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
