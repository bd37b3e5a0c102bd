import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/records/article';
import { SpanFrequencies, spanHoldsChange, weighedAmong, weighingWindows } from '@/lib/indexes/related/weighing-window';

describe('weighingWindows', () => {
  const quarter = weighedAmong / 4;

  it('weighs each day against the fewest whole days up to it that hold enough stories', () => {
    expect(weighingWindows([quarter, quarter, quarter, quarter, quarter, quarter])).toEqual([
      { from: 0, to: 3 },
      { from: 0, to: 3 },
      { from: 0, to: 3 },
      { from: 0, to: 3 },
      { from: 1, to: 4 },
      { from: 2, to: 5 },
    ]);
  });

  it('keeps the first days waiting for the day that completes the count, and a large day on its own', () => {
    expect(weighingWindows([5, weighedAmong * 2, 3])).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 1 },
      { from: 1, to: 2 },
    ]);
  });

  it('weighs a small archive as one', () => {
    expect(weighingWindows([3, 4, 1])).toEqual([
      { from: 0, to: 2 },
      { from: 0, to: 2 },
      { from: 0, to: 2 },
    ]);
    expect(weighingWindows([])).toEqual([]);
  });
});

/** Days of stories (oldest first) whose words are given by slug. */
function daysOf(...days: (readonly string[])[][]): Article[][] {
  return days.map((stories, index) => stories.map((words, at) => ({ slug: `d${index}-${at}`, date: `2024-01-${String(index + 10)}`, words }) as unknown as Article));
}

describe('spanHoldsChange', () => {
  const days = daysOf([['甲']], [['乙']], [['丙']], [['丁']]);

  it('finds a change dated within the span, or before it when the span starts the archive', () => {
    expect(spanHoldsChange(days, { from: 1, to: 2 }, ['2024-01-12'])).toBe(true);
    expect(spanHoldsChange(days, { from: 1, to: 2 }, ['2024-01-10', '2024-01-13'])).toBe(false);
    // A day removed between two kept days is inside the span.
    expect(spanHoldsChange(days, { from: 1, to: 2 }, ['2024-01-11'])).toBe(true);
    expect(spanHoldsChange(days, { from: 0, to: 1 }, ['2023-12-31'])).toBe(true);
    expect(spanHoldsChange(days, { from: 0, to: 1 }, [])).toBe(false);
  });
});

describe('SpanFrequencies', () => {
  const days = daysOf([['党建', '乡村'], ['党建']], [['乡村']], [['党建', '振兴']], [['振兴']]);
  const counted = new SpanFrequencies(days, (article) => (article as unknown as { words: string[] }).words.map((word) => [word, 1] as const));
  const fresh = (from: number, to: number) => {
    const frequency = new Map<string, number>();
    for (const day of days.slice(from, to + 1)) for (const article of day) for (const word of (article as unknown as { words: string[] }).words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    return frequency;
  };

  it('counts the stories of a span with each word as it advances, skips or starts again', () => {
    for (const [from, to] of [[0, 1], [0, 2], [1, 3], [3, 3], [0, 0], [2, 3]] as const) {
      counted.moveTo({ from, to });
      expect(new Map([...counted.documentFrequency].sort())).toEqual(new Map([...fresh(from, to)].sort()));
      expect(counted.stories).toBe(days.slice(from, to + 1).flat().length);
    }
  });
});
