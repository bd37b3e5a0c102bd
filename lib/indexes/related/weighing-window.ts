/**
 * Which stories a word's rarity is counted among when a day's stories are weighed: the whole days
 * printed up to that day that hold at least `weighedAmong` stories, as few days as that takes.
 * The first days, until the archive holds that many, wait and are weighed together with the day
 * that reaches it (all of them, in an archive smaller than that).
 *
 * A trailing window, not every story printed before: a word tells stories apart by how rare it
 * was in their season, and a change to one day then reweighs only the days whose window holds it.
 * Counted over all earlier days, an edit of the oldest story moved the weights of every later
 * story with its words: at 100,000 stories nearly the whole archive was ranked again (56 s).
 */
import type { Article } from '../../records/article';

/** The fewest stories a word's rarity is counted among. */
export const weighedAmong = 1000;

/** A run of days, by index oldest first, both ends included. */
export interface DaySpan {
  readonly from: number;
  readonly to: number;
}

/** The span each day (oldest first, by its number of stories) is weighed against. */
export function weighingWindows(storiesPerDay: readonly number[]): DaySpan[] {
  const spans: DaySpan[] = [];
  let firstFull = 0;
  for (let total = 0; firstFull < storiesPerDay.length - 1; firstFull += 1) {
    total += storiesPerDay[firstFull]!;
    if (total >= weighedAmong) break;
  }
  // The days before the first that completes `weighedAmong` wait for it.
  for (let index = 0; index < firstFull; index += 1) spans.push({ from: 0, to: firstFull });
  let from = 0;
  let total = storiesPerDay.slice(0, firstFull).reduce((sum, count) => sum + count, 0);
  for (let to = firstFull; to < storiesPerDay.length; to += 1) {
    total += storiesPerDay[to]!;
    while (from < to && total - storiesPerDay[from]! >= weighedAmong) total -= storiesPerDay[from++]!;
    spans.push({ from, to });
  }
  return spans;
}

/**
 * Whether a change on one of `changedDates` (sorted) can alter a span's weights. A span from the
 * first day also stands for any day before it that a change removed.
 */
export function spanHoldsChange(days: readonly (readonly Article[])[], span: DaySpan, changedDates: readonly string[]): boolean {
  const lowest = span.from === 0 ? '' : days[span.from]![0]!.date;
  const highest = days[span.to]![0]!.date;
  let low = 0;
  let high = changedDates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (changedDates[middle]! < lowest) low = middle + 1;
    else high = middle;
  }
  return low < changedDates.length && changedDates[low]! <= highest;
}

/**
 * How many stories of a span have each word, moved along the days as the spans advance: each
 * day's words are counted in once and out once, so weighing a whole archive stays linear in it.
 */
export class SpanFrequencies {
  readonly documentFrequency = new Map<string, number>();
  stories = 0;
  private from = 0;
  private to = -1;

  constructor(
    private readonly days: readonly (readonly Article[])[],
    /** A story's words, each once (text-index.ts TermCounts). */
    private readonly countsOf: (article: Article) => Iterable<readonly [string, number]>,
  ) {}

  moveTo(span: DaySpan): void {
    // Spans only advance, but a build skips the spans no change reaches: start again past a gap.
    if (span.from < this.from || span.from > this.to || span.to < this.to) {
      this.documentFrequency.clear();
      this.stories = 0;
      [this.from, this.to] = [span.from, span.from - 1];
    }
    while (this.to < span.to) this.count(this.days[++this.to]!, 1);
    while (this.from < span.from) this.count(this.days[this.from++]!, -1);
  }

  private count(day: readonly Article[], sign: 1 | -1): void {
    for (const article of day) {
      for (const [term] of this.countsOf(article)) {
        const stories = (this.documentFrequency.get(term) ?? 0) + sign;
        if (stories === 0) this.documentFrequency.delete(term);
        else this.documentFrequency.set(term, stories);
      }
    }
    this.stories += sign * day.length;
  }
}
