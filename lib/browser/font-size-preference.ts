/**
 * The reader's text size: three steps, remembered in localStorage and applied to <html> as
 * data-font-size before the first paint (by the head script, head-script.ts), so a page never
 * renders at one size and jumps to another.
 */
export const fontSizes = [
  { id: 'small', label: '小', scale: 0.9 },
  { id: 'medium', label: '中', scale: 1 },
  { id: 'large', label: '大', scale: 1.2 },
] as const;

export type FontSizeId = (typeof fontSizes)[number]['id'];

export const fontSizeStorageKey = 'reader-font-size';
export const defaultFontSize: FontSizeId = 'medium';

export function isFontSizeId(value: unknown): value is FontSizeId {
  return fontSizes.some((size) => size.id === value);
}

/** Applies a size to this page and remembers it for the next ones. */
export function applyFontSize(size: FontSizeId): void {
  document.documentElement.dataset.fontSize = size;
  try {
    localStorage.setItem(fontSizeStorageKey, size);
  } catch {
    // Private browsing may refuse storage: the size still applies to this page.
  }
}
