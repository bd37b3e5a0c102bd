import { enhancer } from '@/lib/markup/enhancers';
import { listenMarkup } from '@/lib/markup/listen';
/**
 * 朗读: reads the title and the text aloud with the browser's speech synthesis in a Chinese voice
 * (lib/browser/listen.ts). Its place is kept from the first paint but it stays invisible
 * until the script has found a Chinese voice, so the row never moves and a browser without one
 * never shows a button that does nothing. Without JavaScript it is never shown.
 */
const button = 'rounded border border-rule px-3 py-1 hover:text-accent focus-visible:outline-2 focus-visible:outline-accent';

export function ListenControl() {
  return (
    <div role="group" aria-label="朗读" {...enhancer.props('listen')} className="invisible flex items-center gap-2 text-sm">
      <button type="button" {...listenMarkup.button.props('play')} className={button}>
        朗读
      </button>
      <button type="button" {...listenMarkup.button.props('pause')} hidden className={button}>
        暂停
      </button>
      <button type="button" {...listenMarkup.button.props('resume')} hidden className={button}>
        继续
      </button>
      <button type="button" {...listenMarkup.button.props('stop')} hidden className={button}>
        停止
      </button>
    </div>
  );
}
