/**
 * Draws 我的收藏 (components/saved/SavedStories.tsx) from this device's saved stories, newest
 * first: title, column, edition line and when it was saved, each with 移除. Text goes in as text
 * content only: what storage holds is never parsed as HTML.
 */
import { clearDamaged, damagedCopies, readSavedList, removeStory, type SavedStory } from './saved-stories';
import { savedListMarkup } from '../markup/saved-list';
import { scriptMarkup } from '../markup/script-switch';
import { traditionalDictionaryPath } from '../site/site-files';
import { element, requiredElement } from './element';
import { dropSavedCopy } from './saved-copies';

const savedAtFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeStyle: 'short' });

export function enhanceSavedList(section: HTMLElement): void {
  const list = requiredElement(section, savedListMarkup.items.selector, '我的收藏');
  const status = requiredElement(section, savedListMarkup.status.selector, '我的收藏');
  const damagedNotice = requiredElement(section, savedListMarkup.damaged.selector, '我的收藏');
  status.setAttribute('role', 'status');
  requiredElement(damagedNotice, 'button', '我的收藏').addEventListener('click', () => {
    clearDamaged();
    draw('已清除无法读取的收藏记录');
  });

  const itemOf = (story: SavedStory) => {
    const link = element('a', 'hover:text-accent hover:underline', story.title);
    link.href = story.path;
    const remove = element('button', 'shrink-0 rounded border border-rule px-2 py-0.5 text-sm hover:text-accent focus-visible:outline-2 focus-visible:outline-accent', '移除');
    remove.type = 'button';
    remove.setAttribute('aria-label', `移除《${story.title}》`);
    remove.addEventListener('click', () => {
      removeStory(story.path);
      void dropSavedCopy(story.path);
      draw(`已移除《${story.title}》`);
    });
    const savedAt = new Date(story.savedAt);
    const when = Number.isNaN(savedAt.getTime()) ? '' : `收藏于 ${savedAtFormat.format(savedAt)}`;
    const item = element(
      'li',
      'flex items-start justify-between gap-3 py-3',
      element('div', 'min-w-0', element('h3', 'font-bold leading-snug', link), element('p', 'text-sm text-muted', [story.column, story.edition].filter(Boolean).join(' · ')), element('p', 'text-sm text-muted', when)),
      remove,
    );
    // The 繁體 view converts the title with its article's dictionary (kept offline with the story).
    item.setAttribute(scriptMarkup.extraDictionary.name, traditionalDictionaryPath(story.path));
    return item;
  };

  function draw(message = ''): void {
    const { stories, damaged } = readSavedList();
    damagedNotice.hidden = !damaged && damagedCopies().length === 0;
    list.replaceChildren(...stories.map(itemOf));
    status.textContent = message || (stories.length === 0 ? (savedListMarkup.empty.read(section) ?? '') : `共 ${stories.length} 篇，保存在本机，离线也可阅读。`);
  }

  draw();
  // Another tab saved or removed a story.
  window.addEventListener('storage', () => draw());
}
