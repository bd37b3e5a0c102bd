/** Makes 分享 / 复制链接 and 复制引用 (components/reading/ShareActions.tsx) work. */
import { shareMarkup } from '../markup/share';


export function enhanceShare(container: HTMLElement): void {
  const url = shareMarkup.url.read(container) ?? location.href;
  const title = shareMarkup.title.read(container) ?? document.title;
  const citation = shareMarkup.citation.read(container) ?? '';
  const status = container.querySelector<HTMLElement>('[role="status"]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      say(done);
    } catch {
      say('复制失败，请手动选择复制');
    }
  };
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch {
        // Cancelled or refused: copying the link is the fallback.
      }
    }
    await copy(url, '链接已复制');
  };
  container.querySelector(shareMarkup.action.selector('share'))?.addEventListener('click', () => void share());
  container.querySelector(shareMarkup.action.selector('copy-citation'))?.addEventListener('click', () => void copy(citation, '引用已复制'));
}
