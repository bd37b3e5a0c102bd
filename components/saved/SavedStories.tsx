import { enhancer } from '@/lib/markup/enhancers';
import { savedListMarkup } from '@/lib/markup/saved-list';

export interface SavedStoriesProps {
  /** What the list says when nothing is saved yet. */
  readonly emptyMessage: string;
  /** Whether the list has its own 我的收藏 heading; without, the page's heading (id savedHeadingId) names it. */
  readonly withHeading: boolean;
}

/** The id of the heading that names the list of saved stories. */
export const savedHeadingId = 'saved-heading';

/**
 * 我的收藏's list: the stories saved on this device, drawn by lib/browser/saved-list.ts from
 * local storage (the export cannot know them). Without JavaScript there is nothing to read, and
 * the list says so.
 */
export function SavedStories({ emptyMessage, withHeading }: SavedStoriesProps) {
  return (
    <section aria-labelledby={savedHeadingId} {...enhancer.props('saved-list')} {...savedListMarkup.empty.props(emptyMessage)} className="mt-6">
      {withHeading && (
        <h2 id={savedHeadingId} className="text-lg font-bold">
          我的收藏
        </h2>
      )}
      <p {...savedListMarkup.status.props} className="mt-2 text-sm text-muted">
        <span className="[.js_&]:hidden">收藏保存在本机浏览器中，需要启用 JavaScript 才能查看。</span>
      </p>
      <div {...savedListMarkup.damaged.props} hidden className="mt-3 rounded border border-accent/40 p-3 text-sm">
        <p>收藏记录中有无法读取的部分（可能被其他程序改动过），已原样保留在本机，未在下面列出。</p>
        <button type="button" className="mt-2 rounded border border-rule px-2 py-0.5 hover:text-accent focus-visible:outline-2 focus-visible:outline-accent">
          清除无法读取的部分
        </button>
      </div>
      <ul {...savedListMarkup.items.props} className="divide-y divide-rule" />
    </section>
  );
}
