import { enhancer } from '@/lib/markup/enhancers';
import { defaultScript, scriptChoices, scriptMarkup } from '@/lib/markup/script-switch';

/**
 * 简 / 繁: the page as printed or in traditional characters, remembered across pages
 * (lib/browser/script-switch.ts). Shown only when JavaScript runs (<html class="js">):
 * the conversion happens in the browser, so without it the buttons would do nothing.
 */
export function ScriptControl() {
  return (
    <div role="group" aria-label="简繁" {...enhancer.props('script-switch')} className="hidden items-center gap-1 text-sm [.js_&]:inline-flex">
      {scriptChoices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          {...scriptMarkup.choice.props(choice.id)}
          aria-pressed={choice.id === defaultScript}
          aria-label={choice.name}
          className="min-w-8 rounded border border-rule px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-accent aria-pressed:border-accent aria-pressed:text-accent"
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
