/** Makes the 字号 buttons (components/reading/FontSizeControl.tsx) work. */
import { applyFontSize, defaultFontSize, isFontSizeId, type FontSizeId } from './font-size-preference';

export function enhanceFontSize(group: HTMLElement): void {
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-font-size]')];
  const show = (size: FontSizeId) => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.fontSize === size));
  };
  // The head script has already applied the remembered size; the buttons say which it is.
  const applied = document.documentElement.dataset.fontSize;
  show(isFontSizeId(applied) ? applied : defaultFontSize);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const size = button.dataset.fontSize;
      if (!isFontSizeId(size)) return;
      applyFontSize(size);
      show(size);
    });
  }
}
