import { enhancer } from '@/lib/markup/enhancers';
import { shareMarkup } from '@/lib/markup/share';
export interface ShareActionsProps {
  readonly url: string;
  readonly title: string;
  /** The GB/T 7714 reference of the article. */
  readonly citation: string;
}

/**
 * 分享 / 复制链接 and 复制引用, each confirming what it did in words a screen reader hears
 * (lib/browser/share.ts). Shown only when JavaScript runs (<html class="js">): copying needs it,
 * and the citation and the address are on the page for anyone without it.
 */
export function ShareActions({ url, title, citation }: ShareActionsProps) {
  const button = 'rounded border border-rule px-3 py-1 hover:text-accent focus-visible:outline-2 focus-visible:outline-accent';
  return (
    <div {...enhancer.props('share')} {...shareMarkup.url.props(url)} {...shareMarkup.title.props(title)} {...shareMarkup.citation.props(citation)} className="hidden flex-wrap items-center gap-2 text-sm [.js_&]:flex">
      <button type="button" {...shareMarkup.action.props('share')} className={button}>
        分享 / 复制链接
      </button>
      <button type="button" {...shareMarkup.action.props('copy-citation')} className={button}>
        复制引用
      </button>
      <span role="status" className="text-accent" />
    </div>
  );
}
