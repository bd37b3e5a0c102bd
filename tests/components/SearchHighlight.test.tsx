import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readableArticleOf } from '@/app/_lib/article-view';
import { ReadableArticle } from '@/components/ReadableArticle';
import { enhancer } from '@/lib/markup/enhancers';
import { enhanceSearchHighlight } from '@/lib/browser/search-highlight';
import { loadArticles } from '@/lib/records/load';

// A seed story as its page renders it, with a related-stories box that also prints the words.
const story = loadArticles('content').articles.find((article) => article.title === '党建联盟助力企业发展')!;
const scrolled = vi.fn();

beforeEach(() => {
  Element.prototype.scrollIntoView = scrolled;
});
afterEach(() => {
  scrolled.mockReset();
});

/** Renders the article at `address` and runs the page's highlight script on it. */
function open(address: string) {
  window.history.replaceState(null, '', address);
  const { container } = render(<ReadableArticle {...readableArticleOf(story)} tools={<p>工具：党建联盟</p>} after={<aside aria-label="相关报道">党建联盟相关报道</aside>} />);
  const article = container.querySelector<HTMLElement>(enhancer.selector('search-highlight'))!;
  enhanceSearchHighlight(article);
  return article;
}

/** How often `word` is printed in the head and the text, the parts a reader came to find it in. */
function printedIn(article: HTMLElement, word: string): number {
  const parts = [article.querySelector('header'), article.querySelector('.article-body')].map((part) => part?.textContent ?? '');
  return parts.join('\n').split(word).length - 1;
}

describe('the words of a search, marked in the article it led to', () => {
  it('marks every place the head and the text print them, and scrolls to the first', () => {
    const article = open('/articles/longyao-dangjian-lianmeng/?hl=党建联盟');
    const marks = [...article.querySelectorAll('mark')];
    expect(marks.length).toBe(printedIn(article, '党建联盟'));
    expect(marks.length).toBeGreaterThan(3);
    expect(marks.every((mark) => mark.textContent === '党建联盟')).toBe(true);
    expect(screen.getByRole('heading', { level: 1 })).toContainElement(marks[0]!);
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toBe(marks[0]);
  });

  it('leaves the tools, the breadcrumbs and the related stories unmarked', () => {
    open('/articles/longyao-dangjian-lianmeng/?hl=党建联盟');
    expect(screen.getByText('工具：党建联盟').querySelector('mark')).toBeNull();
    expect(screen.getByRole('complementary', { name: '相关报道' }).querySelector('mark')).toBeNull();
  });

  it('marks each of several words, however the reader separated them', () => {
    const article = open('/articles/longyao-dangjian-lianmeng/?hl=' + encodeURIComponent('隆尧县 ，食品城'));
    const words = new Set([...article.querySelectorAll('mark')].map((mark) => mark.textContent));
    expect(words).toEqual(new Set(['隆尧县', '食品城']));
    expect(article.querySelectorAll('mark').length).toBe(printedIn(article, '隆尧县') + printedIn(article, '食品城'));
  });

  it('takes the words out of the address, keeping the rest of it, so a shared link is the plain article', () => {
    open('/articles/longyao-dangjian-lianmeng/?from=feed&hl=党建联盟#part-2');
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe('/articles/longyao-dangjian-lianmeng/?from=feed#part-2');
  });

  it('marks nothing for punctuation only, and writes what was asked as text, never as markup', () => {
    const before = open('/articles/longyao-dangjian-lianmeng/?hl=' + encodeURIComponent('，。！'));
    expect(before.querySelectorAll('mark')).toHaveLength(0);
    expect(window.location.search).toBe('');
    const hostile = open('/articles/longyao-dangjian-lianmeng/?hl=' + encodeURIComponent('<img src=x onerror=alert(1)>'));
    expect(hostile.querySelector('img')).toBeNull();
    // Its words (1 of “1+10”) are marked where the text prints them, as plain text.
    expect([...hostile.querySelectorAll('mark')].map((mark) => mark.innerHTML)).toEqual(expect.arrayContaining(['1']));
    expect([...hostile.querySelectorAll('mark')].every((mark) => mark.children.length === 0)).toBe(true);
  });

  it('does nothing on an article opened without a search', () => {
    const article = open('/articles/longyao-dangjian-lianmeng/');
    expect(article.querySelectorAll('mark')).toHaveLength(0);
    expect(scrolled).not.toHaveBeenCalled();
  });
});
