// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { clearDamaged, damagedCopies, isArticlePath, isSaved, readSavedList, readSavedStories, removeStory, saveStory, savedStorageKey } from '@/lib/browser/saved-stories';

const story = (path: string, savedAt: string) => ({ path, title: `标题${path}`, column: '深度关注', edition: '人民日报 2024年4月9日 第19版', savedAt });

afterEach(() => localStorage.clear());

describe('saved stories', () => {
  it('lists the newest saved first, and saving one again moves it to the top', () => {
    saveStory(story('/articles/a/', '2026-12-01T08:00:00.000Z'));
    saveStory(story('/articles/b/', '2026-12-01T09:00:00.000Z'));
    expect(readSavedStories().map((saved) => saved.path)).toEqual(['/articles/b/', '/articles/a/']);
    saveStory(story('/articles/a/', '2026-12-01T10:00:00.000Z'));
    expect(readSavedStories().map((saved) => saved.path)).toEqual(['/articles/a/', '/articles/b/']);
    expect(readSavedStories()).toHaveLength(2);
  });

  it('removes one story and keeps the others', () => {
    saveStory(story('/articles/a/', '2026-12-01T08:00:00.000Z'));
    saveStory(story('/articles/b/', '2026-12-01T09:00:00.000Z'));
    removeStory('/articles/b/');
    expect([isSaved('/articles/a/'), isSaved('/articles/b/')]).toEqual([true, false]);
  });

  it('reads damaged or foreign storage as no stories, and skips entries of the wrong shape', () => {
    localStorage.setItem(savedStorageKey, '{not json');
    expect(readSavedStories()).toEqual([]);
    localStorage.setItem(savedStorageKey, JSON.stringify({ path: '/articles/a/' }));
    expect(readSavedStories()).toEqual([]);
    localStorage.setItem(savedStorageKey, JSON.stringify([story('/articles/a/', '2026-12-01T08:00:00.000Z'), { path: 'javascript:alert(1)', title: 'x', column: '', edition: '', savedAt: '' }, story('//evil.example/', '2026-12-01T09:00:00.000Z'), 42]));
    expect(readSavedStories().map((saved) => saved.path)).toEqual(['/articles/a/']);
  });

  it('keeps only paths that stay on this site once the browser has parsed them', () => {
    const hostile = ['/\t/evil.example/tab', '/\n/evil.example/nl', '/\r/evil.example/cr', '/\\evil.example/', '//evil.example/', 'https://evil.example/articles/a/', '/articles/a/?x=1', '/articles/a/#top', '/articles/../saved/', '/articles/%2e%2e/', ' /articles/a/', '/articles/A/', 'javascript:alert(1)'];
    for (const path of hostile) expect(isArticlePath(path), JSON.stringify(path)).toBe(false);
    expect(isArticlePath('/articles/quanzhou-ganbu-dandang/')).toBe(true);
    localStorage.setItem(savedStorageKey, JSON.stringify(hostile.map((path, index) => story(path, `2026-12-01T0${index % 10}:00:00.000Z`))));
    expect(readSavedStories()).toEqual([]);
  });

  it('never overwrites a list it cannot read whole: the next save keeps the old text aside until the reader clears it', () => {
    const damagedText = `[${JSON.stringify(story('/articles/a/', '2026-12-01T08:00:00.000Z'))}, {"path": "/\\t/evil.example/"}]`;
    localStorage.setItem(savedStorageKey, damagedText);
    expect(readSavedList()).toMatchObject({ damaged: true, stories: [{ path: '/articles/a/' }] });
    saveStory(story('/articles/b/', '2026-12-01T09:00:00.000Z'));
    expect(readSavedStories().map((saved) => saved.path)).toEqual(['/articles/b/', '/articles/a/']);
    expect(damagedCopies()).toEqual([damagedText]);
    expect(readSavedList().damaged).toBe(false);
    localStorage.setItem(savedStorageKey, '{not json');
    removeStory('/articles/b/');
    expect(damagedCopies()).toEqual([damagedText, '{not json']);
    clearDamaged();
    expect(damagedCopies()).toEqual([]);
    expect(readSavedList()).toEqual({ stories: [], damaged: false });
  });
});
