import { Blob as NodeBlob } from 'node:buffer';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchView } from '@/components/search/SearchView';
import { enhanceSearchPage } from '@/lib/browser/search-page';
import { createSearchEngine } from '@/lib/api/search/engine';
import { foldText, queryWords } from '@/lib/indexes/search/fold';
import { searchDocumentOf } from '@/lib/indexes/search/document';
import { writeSearchIndex } from '@/lib/indexes/search/index-writer';
import { loadGeneratedArchive } from '../support/generated-archive';

// A generated archive of 300 stories over several years, indexed as the build indexes it.
const archive = loadGeneratedArchive(300, 5);
const documents = archive.articles.map(searchDocumentOf);
const { files } = writeSearchIndex(documents, archive.columns.columns.map((column) => column.slug));
const years = [...new Set(archive.articles.map((article) => Number(article.date.slice(0, 4))))];

/** The truth from the records: how many stories of a period (2019, 2019-05) print every word of `query`, of how many. */
function inPeriod(query: string, period: string): { found: number; all: number } {
  const words = queryWords(query).map((word) => word.join(''));
  const ofYear = documents.filter((document) => document.file.date.startsWith(`${period}-`));
  const found = ofYear.filter((document) => words.every((word) => [document.head, document.body].some((part) => foldText(part).chars.join('').includes(word))));
  return { found: found.length, all: ofYear.length };
}

let downloads: string[] = [];
beforeEach(() => {
  downloads = [];
  vi.stubGlobal('Blob', NodeBlob);
  URL.createObjectURL = vi.fn((blob: Blob) => {
    void blob.text().then((text) => downloads.push(text));
    return 'blob:timeline';
  });
  URL.revokeObjectURL = vi.fn();
  HTMLAnchorElement.prototype.click = vi.fn();
});

function start(address: string) {
  window.history.replaceState(null, '', address);
  const engine = createSearchEngine(async (path) => files.get(path.slice(1)));
  const { container } = render(
    <SearchView
      columns={archive.columns.columns.slice(0, 3).map((column) => ({ slug: column.slug, name: column.name, pageHref: `/columns/${column.slug}/` }))}
      regionsUrl="/search/regions.json"
      regionsPageHref="/regions/"
      columnsPageHref="/columns/"
      searchHref="/search/"
      editionsHref="/editions/"
      publication="人民日报"
      dates={{ first: archive.articles.at(-1)!.date, last: archive.articles[0]!.date, years }}
    />,
  );
  enhanceSearchPage(container.firstElementChild as HTMLElement, { engine, toSimplified: async (text) => text, fetchRegions: async () => [] });
}

const chart = () => screen.getByRole('region', { name: '结果的时间分布' });
const status = () => screen.getByText((_, element) => element?.getAttribute('aria-live') === 'polite');

describe('the chart of results over time', () => {
  // The generated archive spans less than three years: the chart is drawn by month.
  const months = [...new Set(archive.articles.map((article) => article.date.slice(0, 7)))].sort();
  const periodOf = (link: HTMLElement) => new URL(link.getAttribute('href')!, 'https://x.invalid').searchParams.get('from')!;
  const label = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`;

  it('draws every month of the archive with the stories found in it, as the records count them', async () => {
    start('/search/?q=党员');
    await waitFor(() => expect(within(chart()).getAllByRole('link').length).toBeGreaterThan(1));
    const bars = within(chart()).getAllByRole('link').filter((link) => link.closest('svg'));
    expect(bars.map(periodOf)).toEqual(months.filter((month) => inPeriod('党员', month).found > 0));
    for (const bar of bars) {
      const { found, all } = inPeriod('党员', periodOf(bar));
      expect(bar).toHaveAccessibleName(`${label(periodOf(bar))}：${found}篇，每万篇${Math.round((found / all) * 100_000) / 10}（全部${all}篇）`);
    }
    const rows = within(within(chart()).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.firstElementChild?.textContent)).toEqual(months.map(label));
  });

  it('narrows the search to a year when the reader presses it', async () => {
    const user = userEvent.setup();
    start('/search/?q=党员');
    const month = months[0]!;
    const bar = await waitFor(() => within(chart()).getByRole('link', { name: new RegExp(`^${label(month)}：`, 'u') }));
    expect(bar).toHaveAttribute('href', `/search/?q=${encodeURIComponent('党员')}&from=${month}&to=${month}`);
    await user.click(bar);
    const query = new URLSearchParams(window.location.search);
    expect([query.get('from'), query.get('to')]).toEqual([month, month]);
    await waitFor(() => expect(status()).toHaveTextContent(`共找到${inPeriod('党员', month).found}篇文章 · ${label(month)}`));
    await waitFor(() => expect(within(chart()).getAllByRole('row')).toHaveLength(2));
  });

  it('switches to the share of all stories, per 10,000', async () => {
    const user = userEvent.setup();
    start('/search/?q=党员');
    await waitFor(() => expect(within(chart()).getAllByRole('link').length).toBeGreaterThan(1));
    await user.click(within(chart()).getByRole('button', { name: '每万篇' }));
    expect(within(chart()).getByRole('button', { name: '每万篇' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(chart()).getByRole('group', { name: /（每万篇）$/u })).toBeInTheDocument();
  });

  it('offers the figures as CSV, what was typed written so no spreadsheet runs it', async () => {
    const user = userEvent.setup();
    start(`/search/?q=${encodeURIComponent('=党员')}`);
    await waitFor(() => expect(within(chart()).getAllByRole('link').length).toBeGreaterThan(1));
    await user.click(within(chart()).getByRole('button', { name: '下载数据（CSV）' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [header, ...rows] = downloads[0]!.replace(/^\ufeff/u, '').trim().split('\r\n');
    expect(header).toBe("时间,'=党员 篇数,'=党员 每万篇,全部文章");
    const first = months[0]!;
    const { found, all } = inPeriod('党员', first);
    expect(rows[0]).toBe(`${first},${found},${all === 0 ? 0 : Math.round((found / all) * 100_000) / 10},${all}`);
  });
});

describe('the results to take away', () => {
  const bySlugPath = new Map(archive.articles.map((article) => [`/articles/${article.slug}/`, article]));
  const results = () => within(screen.getByRole('region', { name: '搜索结果' })).getAllByRole('listitem');
  const exportButton = (name: string) => within(screen.getByRole('group', { name: '导出结果（最多1000篇）' })).getByRole('button', { name });

  it('downloads RIS with one newspaper article per result, in the order listed, each as the records have it', async () => {
    const user = userEvent.setup();
    start('/search/?q=党员&sort=newest');
    await waitFor(() => expect(results().length).toBeGreaterThan(0));
    const total = Number(/共找到(\d+)篇/u.exec(status().textContent ?? '')![1]);
    await user.click(exportButton('RIS'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const items = new Cite(downloads[0]!).data as { title: string; URL: string; page?: string; issued: { 'date-parts': number[][] }; type: string }[];
    expect(items).toHaveLength(total);
    expect(items.slice(0, results().length).map((item) => item.title)).toEqual(results().map((item) => within(item).getByRole('link').textContent));
    const dates = (plugins.input.chainLink(downloads[0]!) as { DA: string }[]).map((record) => record.DA);
    items.forEach((item, index) => {
      const article = bySlugPath.get(new URL(item.URL).pathname)!;
      expect([item.type, item.title, item.page, dates[index]]).toEqual(['article-newspaper', article.title, article.page === undefined ? undefined : String(article.page), `${article.date.replaceAll('-', '/')}/`]);
      expect(item.URL).toBe(`${window.location.origin}/articles/${article.slug}/`);
    });
    expect(screen.getByText(`已导出${total}篇`)).toBeInTheDocument();
  });

  it('downloads BibTeX and CSV of the same results', async () => {
    const user = userEvent.setup();
    start('/search/?q=党建联盟');
    await waitFor(() => expect(results().length).toBeGreaterThan(0));
    const total = Number(/共找到(\d+)篇/u.exec(status().textContent ?? '')![1]);
    await user.click(exportButton('BibTeX'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(new Cite(downloads[0]!).data).toHaveLength(total);
    await user.click(exportButton('CSV'));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const lines = downloads[1]!.trim().split('\r\n');
    expect(lines[0]!.replace(/^\ufeff/u, '')).toBe('title,date,page,column,authors,url');
    expect(lines).toHaveLength(total + 1);
  });

  it('answers a download of no results plainly', async () => {
    start('/search/?q=没有这样的词语');
    await waitFor(() => expect(status()).toHaveTextContent('没有找到符合条件的文章。'));
    fireEvent.click(exportButton('CSV'));
    await waitFor(() => expect(screen.getByText('没有可导出的结果。')).toBeInTheDocument());
    expect(downloads).toHaveLength(0);
  });
});
