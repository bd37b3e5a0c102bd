/**
 * The reader's text size: three steps, remembered in localStorage and applied to <html> as
 * data-font-size before the first paint (by the inline script in app/layout.tsx), so a page
 * never renders at one size and jumps to another.
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

/**
 * The script that runs in <head> before the body is painted. Kept tiny; its hash is in the CSP.
 * It also marks <html class="js">, so the tools that need JavaScript (components/reading/) are laid
 * out from the first paint instead of appearing later and pushing the text down.
 */
export const applyStoredFontSizeScript = `document.documentElement.classList.add("js");try{var s=localStorage.getItem(${JSON.stringify(fontSizeStorageKey)});if(s==="small"||s==="large")document.documentElement.dataset.fontSize=s}catch(e){}`;

/** Applies a size to this page and remembers it for the next ones. */
export function applyFontSize(size: FontSizeId): void {
  document.documentElement.dataset.fontSize = size;
  try {
    localStorage.setItem(fontSizeStorageKey, size);
  } catch {
    // Private browsing may refuse storage: the size still applies to this page.
  }
}
