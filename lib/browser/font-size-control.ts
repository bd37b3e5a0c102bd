/** Makes the 字号 buttons (components/reading/FontSizeControl.tsx) work. */
import { defaultFontSize, fontSizeAttribute, type FontSizeId } from '../markup/font-size';
import { applyFontSize } from './font-size-preference';

export function enhanceFontSize(group: HTMLElement): void {
  const buttons = [...group.querySelectorAll<HTMLButtonElement>(`button${fontSizeAttribute.selector()}`)];
  const show = (size: FontSizeId) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(fontSizeAttribute.read(button) === size));
  };
  // The head script has already applied the remembered size; the buttons say which it is.
  show(fontSizeAttribute.read(document.documentElement) ?? defaultFontSize);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = fontSizeAttribute.read(button);
      if (!size) return;
      applyFontSize(size);
      show(size);
    });
  }
}
