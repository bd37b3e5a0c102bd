import { describe, expect, it } from 'vitest';
import { listPage, listPageNumbers, pageLinks, parsePageSegments, type ListPage } from '@/lib/site/pagination';

/** A list as the site holds one, newest first: story n is the n-th printed. */
const storiesUpTo = (count: number) => Array.from({ length: count }, (_, index) => count - index);
const page = <T,>(items: readonly T[], number: 'newest' | number) => listPage(items, number)!;

describe('list pages that stay as they are while the list grows', () => {
  it('holds fixed blocks of 20 counted from the oldest on numbered pages, and the rest, 20 to 39, on the newest page', () => {
    const list = storiesUpTo(85);
    expect(listPageNumbers(85)).toEqual(['newest', 1, 2, 3]);
    expect(page(list, 1)).toMatchObject({ kind: 'numbered', page: 1, firstPosition: 1, items: storiesUpTo(20) });
    expect(page(list, 3).items).toEqual(storiesUpTo(60).slice(0, 20));
    expect(page(list, 'newest')).toMatchObject({ kind: 'newest', total: 85, numberedPages: 3, items: list.slice(0, 25) });
    expect(listPage(list, 4)).toBeUndefined();
    expect(listPage(list, 0)).toBeUndefined();
  });

  it('shows a short list whole on its newest page, up to 39 stories', () => {
    for (const count of [0, 1, 20, 39]) {
      expect(listPageNumbers(count)).toEqual(['newest']);
      expect(page(storiesUpTo(count), 'newest').items).toHaveLength(count);
    }
    expect(page(storiesUpTo(40), 'newest').items).toEqual(storiesUpTo(40).slice(0, 20));
  });

  it('puts every story on exactly one page, newest first throughout', () => {
    for (const count of [0, 19, 40, 59, 60, 333]) {
      const shown = listPageNumbers(count).flatMap((number) => page(storiesUpTo(count), number).items);
      expect(shown.sort((a, b) => b - a)).toEqual(storiesUpTo(count));
    }
  });

  it('leaves a numbered page and its links as they were when stories are added, except the two pages before the newest', () => {
    let changed = 0;
    for (let count = 40; count < 400; count += 1) {
      for (const number of listPageNumbers(count).filter((n) => n !== 'newest')) {
        const before = page(storiesUpTo(count), number);
        for (const added of [1, 8, 20, 45]) {
          const after = page(storiesUpTo(count + added), number);
          if (JSON.stringify(after) !== JSON.stringify(before)) {
            changed += 1;
            // Only a page whose newer neighbours are still being made learns of them.
            expect(before.kind === 'numbered' && before.newerPages).toBeLessThan(3);
          }
          expect(after.items).toEqual(before.items);
        }
      }
    }
    expect(changed).toBeGreaterThan(0);
  });

  it('reads only canonical page segments: none for the newest page, page/N from 1', () => {
    expect(parsePageSegments(undefined)).toBe('newest');
    expect(parsePageSegments([])).toBe('newest');
    expect(parsePageSegments(['page', '1'])).toBe(1);
    expect(parsePageSegments(['page', '12'])).toBe(12);
    for (const bad of [['page', '0'], ['page', '02'], ['page', 'x'], ['2'], ['page', '2', 'x']]) expect(parsePageSegments(bad)).toBeUndefined();
  });
});

describe('page links', () => {
  const links = (list: ListPage<unknown>) => pageLinks(list);
  const long = storiesUpTo(500 * 20 + 7);

  it('on the newest page: the newest numbered pages and the oldest, and no newer page', () => {
    expect(links(page(long, 'newest'))).toEqual({ older: 499, shown: ['newest', 499, 498, 'gap', 1] });
    expect(links(page(storiesUpTo(30), 'newest'))).toEqual({ shown: ['newest'] });
    expect(links(page(storiesUpTo(59), 'newest'))).toEqual({ older: 1, shown: ['newest', 1] });
    expect(links(page(storiesUpTo(60), 'newest'))).toEqual({ older: 2, shown: ['newest', 2, 1] });
  });

  it('on a numbered page: two either side, the oldest and the newest, with gaps for what it leaves out', () => {
    expect(links(page(long, 250))).toEqual({ newer: 251, older: 249, shown: ['newest', 'gap', 252, 251, 250, 249, 248, 'gap', 1] });
    expect(links(page(long, 1))).toEqual({ newer: 2, shown: ['newest', 'gap', 3, 2, 1] });
    expect(links(page(long, 499))).toEqual({ newer: 'newest', older: 498, shown: ['newest', 499, 498, 497, 'gap', 1] });
    expect(links(page(long, 497))).toEqual({ newer: 498, older: 496, shown: ['newest', 499, 498, 497, 496, 495, 'gap', 1] });
  });
});
