/**
 * Makes 收藏 (components/reading/SaveControl.tsx) work: saves the story in this device's list and
 * keeps its page (and its 繁體 dictionary) in the saved-pages cache, so it opens offline even after
 * the reader's other visited pages have been dropped from the cache.
 */
import { saveMarkup } from '../markup/save';
import { isSaved, readSavedList, removeStory, saveStory } from './saved-stories';
import { dropSavedCopy, keepSavedCopy } from './saved-copies';
import { requiredElement } from './element';

export function enhanceSave(container: HTMLElement): void {
  const read = (attribute: typeof saveMarkup.path) => attribute.read(container) ?? '';
  const [path, title, column, edition] = [read(saveMarkup.path), read(saveMarkup.title), read(saveMarkup.columnName), read(saveMarkup.edition)];
  const button = requiredElement<HTMLButtonElement>(container, 'button', '收藏');
  const status = container.querySelector<HTMLElement>('[role="status"]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const show = () => button.setAttribute('aria-pressed', String(isSaved(path)));
  show();
  button.addEventListener('click', () => {
    try {
      if (isSaved(path)) {
        removeStory(path);
        void dropSavedCopy(path);
        say('已取消收藏');
      } else {
        const { damaged } = readSavedList();
        saveStory({ path, title, column, edition, savedAt: new Date().toISOString() });
        say(damaged ? '已收藏；收藏记录中无法读取的部分已原样保留，可在“我的收藏”中清除' : '已收藏，可在“我的收藏”中离线阅读');
        keepSavedCopy(path).catch(() => say('已收藏；离线副本未能保存，联网时仍可阅读'));
      }
    } catch {
      say('无法收藏：浏览器拒绝了本地存储');
    }
    show();
  });
}
