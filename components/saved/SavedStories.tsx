export interface SavedStoriesProps {
  /** What the list says when nothing is saved yet. */
  readonly emptyMessage: string;
  /** Whether the list has its own 我的收藏 heading; without, the page's heading (id savedHeadingId) names it. */
  readonly withHeading: boolean;
}

/** The id of the heading that names the list of saved stories. */
export const savedHeadingId = 'saved-heading';

/**
 * 我的收藏's list: the stories saved on this device, drawn by lib/pages/enhance/saved-list.ts from
 * local storage (the export cannot know them). Without JavaScript there is nothing to read, and
 * the list says so.
 */
export function SavedStories({ emptyMessage, withHeading }: SavedStoriesProps) {
  return (
    <section aria-labelledby={savedHeadingId} data-enhance="saved-list" data-empty={emptyMessage} className="mt-6">
      {withHeading && (
        <h2 id={savedHeadingId} className="text-lg font-bold">
          我的收藏
        </h2>
      )}
      <p data-saved-status="" className="mt-2 text-sm text-muted">
        <span className="[.js_&]:hidden">收藏保存在本机浏览器中，需要启用 JavaScript 才能查看。</span>
      </p>
      <ul data-saved-items="" className="divide-y divide-rule" />
    </section>
  );
}
