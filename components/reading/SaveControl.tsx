import { enhancer } from '@/lib/markup/enhancers';
import { saveMarkup } from '@/lib/markup/save';
export interface SaveControlProps {
  /** The article's path, e.g. /articles/x/. */
  readonly path: string;
  readonly title: string;
  readonly column: string;
  /** The printed edition line. */
  readonly edition: string;
}

/**
 * 收藏: keeps the story on this device, listed in 我的收藏 and readable offline
 * (lib/browser/save.ts). What the list shows is carried here, as printed. Shown only when
 * JavaScript runs (<html class="js">): saving needs it.
 */
export function SaveControl({ path, title, column, edition }: SaveControlProps) {
  return (
    <div {...enhancer.props('save')} {...saveMarkup.path.props(path)} {...saveMarkup.title.props(title)} {...saveMarkup.columnName.props(column)} {...saveMarkup.edition.props(edition)} className="hidden items-center gap-2 text-sm [.js_&]:inline-flex">
      <button
        type="button"
        aria-pressed="false"
        className="rounded border border-rule px-3 py-0.5 focus-visible:outline-2 focus-visible:outline-accent aria-pressed:border-accent aria-pressed:text-accent"
      >
        收藏
      </button>
      <span role="status" className="text-accent" />
    </div>
  );
}
