import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SavedStories } from '@/components/saved/SavedStories';
import { enhancer } from '@/lib/markup/enhancers';
import { enhanceSavedList } from '@/lib/browser/saved-list';
import { damagedStorageKey, savedStorageKey, type SavedStory } from '@/lib/browser/saved-stories';

const older: SavedStory = { path: '/articles/quanzhou-ganbu-dandang/', title: '干部担当 群众满意', column: '深度关注', edition: '人民日报 2024年4月9日 第19版', savedAt: '2024-04-09T08:00:00.000Z' };
const newer: SavedStory = { path: '/articles/longyao-dangjian-lianmeng/', title: '党建联盟助力企业发展', column: '', edition: '人民日报 2024年4月9日 第19版', savedAt: '2024-04-10T09:30:00.000Z' };

afterEach(() => localStorage.clear());

/** 我的收藏 as the page renders it, drawn by its script from what this device has saved. */
function open(saved?: unknown) {
  if (saved !== undefined) localStorage.setItem(savedStorageKey, typeof saved === 'string' ? saved : JSON.stringify(saved));
  const { container } = render(<SavedStories emptyMessage="还没有收藏的文章。" withHeading />);
  enhanceSavedList(container.querySelector<HTMLElement>(enhancer.selector('saved-list'))!);
  return { list: screen.getByRole('list'), status: screen.getByRole('status') };
}

const titles = (list: HTMLElement) => within(list).queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('我的收藏', () => {
  it('says so when nothing is saved', () => {
    const { list, status } = open();
    expect(titles(list)).toEqual([]);
    expect(status).toHaveTextContent('还没有收藏的文章。');
  });

  it('lists the saved stories newest first, each linked, with its column, edition and when it was saved', () => {
    const { list, status } = open([older, newer]);
    expect(titles(list)).toEqual([newer.title, older.title]);
    expect(within(list).getByRole('link', { name: older.title })).toHaveAttribute('href', older.path);
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('人民日报 2024年4月9日 第19版');
    expect(first).not.toHaveTextContent('·');
    expect(second).toHaveTextContent('深度关注 · 人民日报 2024年4月9日 第19版');
    expect(second).toHaveTextContent(/收藏于 2024年4月9日/u);
    expect(status).toHaveTextContent('共 2 篇，保存在本机，离线也可阅读。');
  });

  it('removes a story with 移除 and says which', async () => {
    const user = userEvent.setup();
    const { list, status } = open([older, newer]);
    await user.click(within(list).getByRole('button', { name: `移除《${older.title}》` }));
    expect(titles(list)).toEqual([newer.title]);
    expect(status).toHaveTextContent(`已移除《${older.title}》`);
    expect(JSON.parse(localStorage.getItem(savedStorageKey)!)).toEqual([newer]);
  });

  it('shows what another tab saved', () => {
    const { list } = open([older]);
    localStorage.setItem(savedStorageKey, JSON.stringify([older, newer]));
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: savedStorageKey })));
    expect(titles(list)).toEqual([newer.title, older.title]);
  });

  it('keeps an unreadable record aside, lists what it can read, and clears the rest only when asked', async () => {
    const user = userEvent.setup();
    const { list, status } = open([older, { path: 'javascript:alert(1)', title: 'x' }]);
    expect(titles(list)).toEqual([older.title]);
    const notice = screen.getByText(/收藏记录中有无法读取的部分/u).parentElement!;
    expect(notice).toBeVisible();
    await user.click(within(notice).getByRole('button', { name: '清除无法读取的部分' }));
    expect(notice).not.toBeVisible();
    expect(status).toHaveTextContent('已清除无法读取的收藏记录');
    expect(JSON.parse(localStorage.getItem(savedStorageKey)!)).toEqual([older]);
    expect(localStorage.getItem(damagedStorageKey)).toBeNull();
  });

  it('reads a list that is not JSON as damaged, never throws', () => {
    const { list } = open('{not json');
    expect(titles(list)).toEqual([]);
    expect(screen.getByText(/收藏记录中有无法读取的部分/u).parentElement).toBeVisible();
  });

  it('writes what storage holds as text, never as markup', () => {
    const hostile = { ...older, title: '<img src=x onerror=alert(1)>', column: '<b>栏目</b>' };
    const { list } = open([hostile]);
    expect(list.querySelector('img, b')).toBeNull();
    expect(titles(list)).toEqual([hostile.title]);
  });
});
