import { enhancer } from '@/lib/markup/enhancers';
import { defaultFontSize, fontSizeAttribute, fontSizes } from '@/lib/markup/font-size';

/**
 * 字号：小 中 大. Remembered across pages; the page's head script applies it before painting and
 * lib/browser/font-size-control.ts makes the buttons work. Shown only when JavaScript runs (<html
 * class="js">, set before the first paint): without it a button that does nothing would mislead.
 */
export function FontSizeControl() {
  return (
    <div role="group" aria-label="字号" {...enhancer.props('font-size')} className="hidden items-center gap-1 text-sm [.js_&]:inline-flex">
      <span aria-hidden="true" className="text-muted">
        字号
      </span>
      {fontSizes.map((option) => (
        <button
          key={option.id}
          type="button"
          {...fontSizeAttribute.props(option.id)}
          aria-pressed={option.id === defaultFontSize}
          aria-label={`字号${option.label}`}
          className="min-w-8 rounded border border-rule px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-accent aria-pressed:border-accent aria-pressed:text-accent"
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
