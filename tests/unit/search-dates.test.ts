import { describe, expect, it } from 'vitest';
import { loadGeneratedArchive } from '../support/generated-archive';
import { searchDocumentOf } from '@/lib/indexes/search/document';
import { writeSearchIndex } from '@/lib/indexes/search/index-writer';
import { decodeCalendar, encodeCalendar } from '@/lib/indexes/search/index-format';
import { createSearchEngine } from '@/lib/api/search/engine';
import { foldText, queryWords } from '@/lib/indexes/search/fold';
import { dateProblemMessage, daysWithin, rangeLabel, rangeNotice, readDateRange, type DaySpan } from '@/lib/api/search/date-range';
import { calendarSpan, countByPeriod, granularityOf, idSpanOf, periodsOf } from '@/lib/api/search/timeline';
import { parseIsoDate } from '@/lib/records/iso-date';

const day = (text: string) => parseIsoDate(text)!;
const span = (first: string, last: string): DaySpan => ({ first: day(first), last: day(last) });

describe('a date range as the address writes it', () => {
  it('reads a year, a month or a day at either end, each for the days it covers', () => {
    const reading = readDateRange('2019-05', '2020');
    expect(reading).toEqual({
      ok: true,
      range: { from: { text: '2019-05', precision: 'month', first: '2019-05-01', last: '2019-05-31' }, to: { text: '2020', precision: 'year', first: '2020-01-01', last: '2020-12-31' } },
    });
    expect(rangeLabel(reading.ok ? reading.range : {})).toBe('2019年5月至2020年');
    const leap = readDateRange('2024-02', '2024-02');
    expect(leap.ok && leap.range.to?.last).toBe('2024-02-29');
    expect(leap.ok && rangeLabel(leap.range)).toBe('2024年2月');
    const open = readDateRange(undefined, ' ２０２３／５／１ ');
    expect(open.ok && open.range).toEqual({ to: { text: '2023-05-01', precision: 'day', first: '2023-05-01', last: '2023-05-01' } });
    expect(open.ok && rangeLabel(open.range)).toBe('至2023年5月1日');
  });

  it('answers an unreadable, impossible or reversed range in plain Chinese', () => {
    const problem = (from?: string, to?: string) => {
      const reading = readDateRange(from, to);
      return reading.ok ? 'searched' : dateProblemMessage(reading.problem);
    };
    expect(problem('2023-02-30')).toBe('起始日期“2023-02-30”不是真实的日期。');
    expect(problem(undefined, '2023-13')).toBe('结束日期“2023-13”不是真实的日期。');
    expect(problem('二〇二三')).toBe('起始日期“二〇二三”无法识别：请写成年份（2023）、年月（2023-05）或日期（2023-05-01）。');
    expect(problem('abcd', '2020')).toMatch(/^起始日期“abcd”无法识别/u);
    expect(problem('2021', '2020-06')).toBe('起始日期（2021年）晚于结束日期（2020年6月），请调换或修改。');
    expect(problem('2020', '2020')).toBe('searched');
    // A 100 KB parameter is read only as far as a date could go.
    expect(problem('x'.repeat(100_000))).toContain(`“${'x'.repeat(32)}”`);
  });

  it('says when a range reaches past the archive, or before the paper', () => {
    const archive = span('2019-01-01', '2024-04-09');
    const notice = (from?: string, to?: string) => {
      const reading = readDateRange(from, to);
      return reading.ok ? rangeNotice(reading.range, archive) : 'unreadable';
    };
    expect(notice('2020', '2021')).toBeUndefined();
    expect(notice('1900', '1940')).toBe('人民日报创刊于1948年6月15日，此前没有报道；本库收录2019年1月1日至2024年4月9日的报道。');
    expect(notice('2030')).toBe('本库收录2019年1月1日至2024年4月9日的报道，2030年起的报道尚未收录。');
    expect(notice('2010', '2020')).toBe('本库收录2019年1月1日至2024年4月9日的报道，已在此范围内检索。');
    const reading = readDateRange('2010', '2020');
    expect(reading.ok && daysWithin(reading.range, archive)).toEqual(span('2019-01-01', '2020-12-31'));
    const after = readDateRange('2030', undefined);
    expect(after.ok && daysWithin(after.range, archive)).toBeUndefined();
  });
});

describe('the calendar of the search index', () => {
  const dates = ['2024-04-09', '2024-04-09', '2024-04-08', '2023-12-31', '2023-01-01', '2023-01-01', '2023-01-01', '2021-06-30'];
  const calendar = decodeCalendar(encodeCalendar(dates));

  it('holds every issue date with its stories, in id order', () => {
    expect(calendar.dates).toEqual(['2024-04-09', '2024-04-08', '2023-12-31', '2023-01-01', '2021-06-30']);
    expect(calendar.counts).toEqual([2, 1, 1, 3, 1]);
    expect(calendarSpan(calendar)).toEqual(span('2021-06-30', '2024-04-09'));
    expect(() => encodeCalendar(['2023-01-01', '2024-01-01'])).toThrow(/newest first/u);
  });

  it('turns any span of days into the run of ids printed in it', () => {
    const idsIn = (first: string, last: string) => {
      const [start, end] = idSpanOf(calendar, span(first, last));
      return Array.from({ length: end - start }, (_, offset) => start + offset);
    };
    const truth = (first: string, last: string) => dates.flatMap((date, id) => (date >= first && date <= last ? [id] : []));
    for (const [first, last] of [
      ['2023-01-01', '2023-12-31'],
      ['2024-04-09', '2024-04-09'],
      ['2022-01-01', '2022-12-31'],
      ['2000-01-01', '2030-01-01'],
      ['2023-01-02', '2024-04-08'],
      ['2025-01-01', '2025-02-01'],
      ['2021-06-30', '2021-06-30'],
    ] as const) {
      expect(idsIn(first, last), `${first}…${last}`).toEqual(truth(first, last));
    }
  });

  it('counts stories per year, or per month over three years or less, matching ones and all', () => {
    expect(granularityOf(span('2021-06-30', '2024-04-09'))).toBe('month');
    expect(granularityOf(span('2021-01-01', '2024-01-01'))).toBe('year');
    const years = periodsOf(calendar, span('2021-06-30', '2024-04-09'), 'year');
    expect(years.map((period) => [period.key, period.label, period.total])).toEqual([
      ['2021', '2021年', 1],
      ['2022', '2022年', 0],
      ['2023', '2023年', 4],
      ['2024', '2024年', 3],
    ]);
    expect(years[0]!.first).toBe('2021-06-30');
    expect(countByPeriod(calendar, years, [0, 3, 4, 7, 2])).toEqual([1, 0, 2, 2]);
    const months = periodsOf(calendar, span('2023-11-15', '2024-04-09'), 'month');
    expect(months.map((period) => period.key)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
    expect(countByPeriod(calendar, months, [0, 1, 2, 3, 4])).toEqual([0, 1, 0, 0, 0, 3]);
  });
});

describe('date-ranged search over a generated archive of 300 articles', () => {
  const { articles, columns } = loadGeneratedArchive(300, 7);
  const documents = articles.map(searchDocumentOf);
  const { files } = writeSearchIndex(documents, columns.columns.map((column) => column.slug));
  const engine = createSearchEngine(async (path) => files.get(path.slice(1)));
  const years = [...new Set(articles.map((article) => article.date.slice(0, 4)))].sort();

  /** The truth from the records: stories in the span holding every word, in the column if given. */
  const truth = (query: string, days: DaySpan, column?: string) => {
    const words = queryWords(query).map((word) => word.join(''));
    return documents
      .filter((document, id) => {
        const article = articles[id]!;
        const text = [document.head, document.body].map((part) => foldText(part).chars.join(''));
        return article.date >= days.first && article.date <= days.last && (!column || article.column?.slug === column) && words.every((word) => text.some((part) => part.includes(word)));
      })
      .map((document) => document.file.url);
  };

  it.each([
    ['党员', 1],
    ['', 0],
    ['党建 企业', 2],
  ])('finds exactly the stories of a year for “%s”, alone and in a column', async (query) => {
    for (const year of [years[0]!, years.at(-1)!, years[Math.floor(years.length / 2)]!]) {
      const days = span(`${year}-01-01`, `${year}-12-31`);
      const outcome = await engine.search(query, { days }, 'newest');
      const hits = await outcome.load(0, outcome.total);
      expect(hits.map((hit) => hit.url)).toEqual(truth(query, days));
      const column = columns.columns[1]!.slug;
      const inColumn = await engine.search(query, { days, column }, 'relevance');
      expect(inColumn.total).toBe(truth(query, days, column).length);
    }
  });

  it('counts the results of every period as the records do, and every story of the period', async () => {
    const calendar = await engine.calendar();
    const archive = calendarSpan(calendar)!;
    const periods = periodsOf(calendar, archive, granularityOf(archive));
    const outcome = await engine.search('党员', {}, 'relevance');
    const [counts] = await outcome.countByPeriod(periods);
    const matching = new Set(truth('党员', archive));
    periods.forEach((period, index) => {
      const inPeriod = articles.filter((article) => article.date >= period.first && article.date <= period.last);
      expect(period.total, period.key).toBe(inPeriod.length);
      expect(counts![index], period.key).toBe(inPeriod.filter((article) => matching.has(searchDocumentOf(article).file.url)).length);
    });
    expect(counts!.reduce((sum, count) => sum + count, 0)).toBe(outcome.total);
  });
});
