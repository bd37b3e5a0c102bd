/**
 * The reader's text size: three steps, remembered in localStorage (lib/browser/font-size-preference.ts)
 * and applied to <html> as data-font-size before the first paint (by the head script,
 * lib/view/head-script.ts), so a page never renders at one size and jumps to another. The
 * attribute's values are styled in app/globals.css.
 */
import { dataAttribute } from './attribute';

const fontSizeIds = ['small', 'medium', 'large'] as const;

export type FontSizeId = (typeof fontSizeIds)[number];

export const fontSizes: readonly { readonly id: FontSizeId; readonly label: string; readonly scale: number }[] = [
  { id: 'small', label: '小', scale: 0.9 },
  { id: 'medium', label: '中', scale: 1 },
  { id: 'large', label: '大', scale: 1.2 },
];

export const fontSizeStorageKey = 'reader-font-size';
export const defaultFontSize: FontSizeId = 'medium';

/** On <html>: the size applied; on each 字号 button (components/reading/FontSizeControl.tsx): the size it picks. */
export const fontSizeAttribute = dataAttribute('data-font-size', fontSizeIds);

export function isFontSizeId(value: unknown): value is FontSizeId {
  return fontSizeIds.some((id) => id === value);
}
