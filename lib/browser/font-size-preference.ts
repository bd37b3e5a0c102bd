/** Where the reader's text size (lib/markup/font-size.ts) is applied and remembered. */
import { fontSizeAttribute, fontSizeStorageKey, type FontSizeId } from '../markup/font-size';

/** Applies a size to this page and remembers it for the next ones. */
export function applyFontSize(size: FontSizeId): void {
  document.documentElement.setAttribute(fontSizeAttribute.name, size);
  try {
    localStorage.setItem(fontSizeStorageKey, size);
  } catch {
    // Private browsing may refuse storage: the size still applies to this page.
  }
}
