import { Blob as NodeBlob } from 'node:buffer';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchView, type SearchViewProps } from '@/components/search/SearchView';
import { enhanceSearchPage, type SearchPageServices } from '@/lib/browser/search-page';
import { createSearchEngine, type SearchEngine } from '@/lib/api/search/engine';
import { regionOptionsOf } from '@/lib/indexes/region-options';
import { searchDocumentOf } from '@/lib/indexes/search/document';
import { writeSearchIndex } from '@/lib/indexes/search/index-writer';
import { loadArticles } from '@/lib/records/load';

// The seed page's four stories, indexed as the build indexes them: the engine is the real one.
const seed = loadArticles('content');
const { files } = writeSearchIndex(seed.articles.map(searchDocumentOf), seed.columns.columns.map((column) => column.slug));
const regions = regionOptionsOf(seed.articles);
const inColumn = (slug: string) => seed.articles.filter((article) => article.column?.slug === slug);

function props(columns = seed.columns.columns): SearchViewProps {
  return {
    columns: columns.map((column) => ({ slug: column.slug, name: column.name, pageHref: `/columns/${column.slug}/` })),
    regionsUrl: '/search/regions.json',
    regionsPageHref: '/regions/',
    columnsPageHref: '/columns/',
    searchHref: '/search/',
    editionsHref: '/editions/',
    publication: '人民日报',
    dates: { first: '2024-04-09', last: '2024-04-09', years: [2024] },
  };
}

interface Started {
  readonly engine: SearchEngine & { search: ReturnType<typeof vi.fn> };
  readonly services: SearchPageServices & { fetchRegions: ReturnType<typeof vi.fn>; toSimplified: ReturnType<typeof vi.fn> };
}

/** Renders the page at `address`, then runs its script with the real engine (or one given). */
function start(address: string, options: { engine?: SearchEngine; view?: SearchViewProps } = {}): Started {
  window.history.replaceState(null, '', address);
  const real = options.engine ?? createSearchEngine(async (path) => files.get(path.slice(1)));
  const engine = { search: vi.fn((...args: Parameters<SearchEngine['search']>) => real.search(...args)), calendar: real.calendar };
  const services = {
    engine,
    toSimplified: vi.fn(async (text: string) => text.replace('黨建', '党建')),
    fetchRegions: vi.fn(async () => regions),
  };
  const { container } = render(<SearchView {...(options.view ?? props())} />);
  enhanceSearchPage(container.firstElementChild as HTMLElement, services);
  return { engine, services };
}

const status = () => screen.getByText((_, element) => element?.getAttribute('aria-live') === 'polite');
const results = () => within(screen.getByRole('region', { name: '搜索结果' })).queryAllByRole('listitem');
const query = () => new URLSearchParams(window.location.search);

// jsdom's Blob cannot stream; the index's files are inflated through one, as in a browser.
beforeEach(() => {
  vi.stubGlobal('Blob', NodeBlob);
  window.history.replaceState(null, '', '/search/');
});
afterEach(() => vi.unstubAllGlobals());

describe('the search page with its script', () => {
  it('asks for words when the address holds none, and searches nothing', () => {
    const { engine } = start('/search/');
    expect(status()).toHaveTextContent('输入关键词，或选择栏目、地区，查看符合条件的文章。');
    expect(results()).toHaveLength(0);
    expect(engine.search).not.toHaveBeenCalled();
  });

  it('answers the words in the address: exact count, linked titles that mark the words, counts on every column chip', async () => {
    start('/search/?q=党建');
    const holding = seed.articles.filter((article) => JSON.stringify(searchDocumentOf(article)).includes('党建'));
    await waitFor(() => expect(status()).toHaveTextContent(`共找到${holding.length}篇文章`));
    expect(results()).toHaveLength(holding.length);
    const first = within(results()[0]!).getByRole('link');
    expect(first.getAttribute('href')).toMatch(/^\/articles\/[a-z0-9-]+\/\?hl=%E5%85%9A%E5%BB%BA$/u);
    expect(within(results()[0]!).getAllByText('党建', { selector: 'mark' }).length).toBeGreaterThan(0);
    for (const column of seed.columns.columns) {
      const chip = screen.getByRole('button', { name: new RegExp(`^${column.name}`, 'u') });
      const count = inColumn(column.slug).filter((article) => holding.includes(article)).length;
      expect(chip).toHaveTextContent(`${column.name}${count}篇`);
    }
    expect(screen.getByRole('group', { name: '排序' })).not.toHaveClass('invisible');
  });

  it('submits typed words into the address and draws their results', async () => {
    const user = userEvent.setup();
    start('/search/');
    await user.type(screen.getByRole('searchbox', { name: '搜索文章' }), '游德祥{Enter}');
    expect(query().get('q')).toBe('游德祥');
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章'));
    expect(within(results()[0]!).getByRole('link')).toHaveTextContent('“路无尽头，心有归处”');
  });

  it('narrows to a column by its chip, pressed and in the address, and widens again on a second press', async () => {
    const user = userEvent.setup();
    const { engine } = start('/search/?q=党员');
    await waitFor(() => expect(status()).toHaveTextContent(/共找到\d+篇文章/u));
    const chip = screen.getByRole('button', { name: /^金台潮声/u });
    await user.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(query().get('column')).toBe('jintai-chaosheng');
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章'));
    expect(engine.search).toHaveBeenLastCalledWith('党员', { column: 'jintai-chaosheng' }, 'relevance');
    expect(within(results()[0]!).getByRole('link')).toHaveTextContent('以严明纪律规范党员干部履职用权');
    await user.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    expect(query().has('column')).toBe(false);
  });

  it('loads the places once when a reader reaches for the region picker, and narrows province → city', async () => {
    const user = userEvent.setup();
    const { services, engine } = start('/search/?q=党员');
    expect(services.fetchRegions).not.toHaveBeenCalled();
    const province = screen.getByRole('combobox', { name: '省份' });
    await user.click(province);
    const fujian = regions.find((region) => region.name === '福建省')!;
    expect(await screen.findByRole('option', { name: `福建省（${fujian.count}）` })).toBeInTheDocument();
    await user.selectOptions(province, fujian.code);
    expect(query().get('region')).toBe(fujian.code);
    const city = screen.getByRole('combobox', { name: '城市' });
    await waitFor(() => expect(city.closest('span')).not.toHaveClass('invisible'));
    const quanzhou = regions.find((region) => region.name === '泉州市')!;
    await user.selectOptions(city, quanzhou.code);
    expect(query().get('region')).toBe(quanzhou.code);
    await waitFor(() => expect(engine.search).toHaveBeenLastCalledWith('党员', { region: quanzhou.code }, 'relevance'));
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章'));
    expect(services.fetchRegions).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(query().has('region')).toBe(false);
    expect(query().get('q')).toBe('党员');
  });

  it('sorts by date on 最新, in the address, and back', async () => {
    const user = userEvent.setup();
    const { engine } = start('/search/?q=党员');
    await waitFor(() => expect(status()).toHaveTextContent(/共找到\d+篇文章/u));
    await user.click(screen.getByRole('button', { name: '最新' }));
    expect(screen.getByRole('button', { name: '最新' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '相关度' })).toHaveAttribute('aria-pressed', 'false');
    expect(query().get('sort')).toBe('newest');
    await waitFor(() => expect(engine.search).toHaveBeenLastCalledWith('党员', {}, 'newest'));
    await user.click(screen.getByRole('button', { name: '相关度' }));
    expect(query().has('sort')).toBe(false);
  });

  it('follows the browser back to an earlier view', async () => {
    const user = userEvent.setup();
    start('/search/?q=游德祥');
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章'));
    await user.click(screen.getByRole('button', { name: /^深度关注/u }));
    await waitFor(() => expect(status()).toHaveTextContent('没有找到符合条件的文章。'));
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(query().has('column')).toBe(false));
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章'));
    expect(screen.getByRole('button', { name: /^深度关注/u })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says plainly when the address names a column or place that does not exist, and offers the way back', async () => {
    const user = userEvent.setup();
    start('/search/?q=党员&column=no-such-column');
    await waitFor(() => expect(status()).toHaveTextContent('没有找到符合条件的文章：栏目“no-such-column”不存在。'));
    await user.click(screen.getByRole('button', { name: '清除筛选，在全部文章中查找' }));
    expect(query().has('column')).toBe(false);
    await waitFor(() => expect(status()).toHaveTextContent(/共找到\d+篇文章/u));
  });

  it('refuses a place code without stories', async () => {
    start('/search/?region=999999');
    await waitFor(() => expect(status()).toHaveTextContent('没有找到符合条件的文章：地区代码“999999”没有报道。'));
    expect(results()).toHaveLength(0);
  });

  it('says words of punctuation only are nothing to search', async () => {
    const { engine } = start('/search/?q=%E3%80%81%EF%BC%81%E2%80%94');
    await waitFor(() => expect(status()).toHaveTextContent('检索词中没有可检索的文字'));
    expect(engine.search).not.toHaveBeenCalled();
  });

  it('searches traditional characters again in simplified ones when they find nothing', async () => {
    const { services } = start('/search/?q=黨建');
    await waitFor(() => expect(status()).toHaveTextContent(/共找到\d+篇文章（已按简体“党建”检索）/u));
    expect(services.toSimplified).toHaveBeenCalledWith('黨建');
  });

  it('offers the static pages instead when the index cannot be read', async () => {
    const broken: SearchEngine = { search: async () => Promise.reject(new Error('HTTP 500')), calendar: async () => Promise.reject(new Error('HTTP 500')) };
    start('/search/?q=党建', { engine: broken });
    await waitFor(() => expect(status()).toHaveTextContent('检索暂时不可用，请稍后再试。'));
    const notice = screen.getByText(/您可以按栏目浏览/u);
    expect(within(notice).getByRole('link', { name: '深度关注' })).toHaveAttribute('href', '/columns/shendu-guanzhu/');
    expect(within(notice).getByRole('link', { name: '按地区浏览' })).toHaveAttribute('href', '/regions/');
  });

  it('with many columns, counts them in one picker and narrows by it', async () => {
    const user = userEvent.setup();
    const many = [...seed.columns.columns, ...Array.from({ length: 8 }, (_, index) => ({ ...seed.columns.columns[0]!, name: `栏目${index + 1}`, slug: `extra-${index + 1}` }))];
    start('/search/?q=党员', { view: props(many as typeof seed.columns.columns) });
    const picker = screen.getByRole('combobox', { name: '栏目' });
    await waitFor(() => expect(within(picker).getByRole('option', { name: /^金台潮声（1篇）$/u })).toBeInTheDocument());
    expect(within(picker).getByRole('option', { name: '栏目3（0篇）' })).toBeInTheDocument();
    await user.selectOptions(picker, 'jintai-chaosheng');
    expect(query().get('column')).toBe('jintai-chaosheng');
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章'));
  });

  it('narrows to a year by the quick choice, shows it as a year, and counts every story of it without words', async () => {
    const user = userEvent.setup();
    start('/search/?column=shendu-guanzhu');
    await waitFor(() => expect(status()).toHaveTextContent(`共找到${inColumn('shendu-guanzhu').length}篇文章`));
    await user.selectOptions(screen.getByRole('combobox', { name: '时间' }), '2024年');
    expect([query().get('from'), query().get('to'), query().get('column')]).toEqual(['2024', '2024', 'shendu-guanzhu']);
    await waitFor(() => expect(status()).toHaveTextContent(`共找到${inColumn('shendu-guanzhu').length}篇文章 · 2024年`));
    expect(screen.getByLabelText('从')).toHaveValue('2024-01-01');
    expect(screen.getByLabelText('至')).toHaveValue('2024-12-31');
  });

  it('takes a typed date into the address and keeps the other end as written', async () => {
    start('/search/?q=党员&from=2024');
    await waitFor(() => expect(status()).toHaveTextContent(/共找到\d+篇文章 · 2024年起/u));
    const to = screen.getByLabelText('至');
    act(() => {
      (to as HTMLInputElement).value = '2024-04-09';
      to.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect([query().get('from'), query().get('to')]).toEqual(['2024', '2024-04-09']);
    await waitFor(() => expect(status()).toHaveTextContent(/共找到\d+篇文章 · 2024年至2024年4月9日/u));
    expect(screen.getByRole('combobox', { name: '时间' })).toHaveDisplayValue('自定义日期');
  });

  it('says when a range lies outside the archive, and finds nothing there', async () => {
    start('/search/?q=党员&to=2023-12');
    await waitFor(() => expect(status()).toHaveTextContent('没有找到符合条件的文章。'));
    expect(screen.getByText('本库收录2024年4月9日至2024年4月9日的报道，更早的报道尚未收录。')).toBeInTheDocument();
    expect(results()).toHaveLength(0);
  });

  it('searches within the archive when a range reaches past it, and says so', async () => {
    start('/search/?q=党员&from=2000&to=2030');
    await waitFor(() => expect(status()).toHaveTextContent(/共找到\d+篇文章 · 2000年至2030年/u));
    expect(screen.getByText('本库收录2024年4月9日至2024年4月9日的报道，已在此范围内检索。')).toBeInTheDocument();
  });

  it.each([
    ['/search/?q=党员&from=2023-02-30', '起始日期“2023-02-30”不是真实的日期。'],
    ['/search/?q=党员&from=2024&to=2023', '起始日期（2024年）晚于结束日期（2023年），请调换或修改。'],
    ['/search/?from=二〇二三', '起始日期“二〇二三”无法识别：请写成年份（2023）、年月（2023-05）或日期（2023-05-01）。'],
  ])('answers %s in plain words and searches nothing', async (address, message) => {
    const { engine } = start(address);
    await waitFor(() => expect(screen.getByText(message)).toBeInTheDocument());
    expect(status()).toHaveTextContent('没有检索：日期有误。');
    expect(engine.search).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '清除筛选，在全部文章中查找' })).toBeInTheDocument();
  });

  it('limits the words to the authors by the field picker, in the address', async () => {
    const user = userEvent.setup();
    start('/search/?q=吴储岐');
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章'));
    await user.selectOptions(screen.getByRole('combobox', { name: '检索范围' }), '作者');
    expect(query().get('field')).toBe('author');
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章（作者）'));
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), '党建联盟{Enter}');
    await waitFor(() => expect(status()).toHaveTextContent('没有找到符合条件的文章。'));
  });

  it('compares terms: the stories of any of them, one line each in the chart', async () => {
    start(`/search/?q=${encodeURIComponent('党建联盟 | 刘晓宇')}`);
    await waitFor(() => expect(status()).toHaveTextContent('共找到2篇文章（含任一检索词）'));
    const chart = screen.getByRole('region', { name: '结果的时间分布' });
    await waitFor(() => expect(within(chart).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['党建联盟', '刘晓宇']));
    expect(within(chart).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['时间', '“党建联盟”篇数', '“党建联盟”每万篇', '“刘晓宇”篇数', '“刘晓宇”每万篇', '全部文章']);
  });

  it('answers 100 terms by comparing three and saying so, and a field prefix with no words plainly', async () => {
    start(`/search/?q=${encodeURIComponent(Array.from({ length: 100 }, (_, index) => `党员${index}`).join('|'))}`);
    await waitFor(() => expect(screen.getByText('最多比较3个检索词，只检索了前3个。')).toBeInTheDocument());
    cleanup();
    const { engine } = start(`/search/?q=${encodeURIComponent('作者：')}`);
    await waitFor(() => expect(status()).toHaveTextContent('“作者：”后面没有检索词：请在冒号后写上要找的作者。'));
    expect(engine.search).not.toHaveBeenCalled();
  });

  it('offers the place the words name as the region filter, with its count', async () => {
    const user = userEvent.setup();
    start('/search/?q=泉州');
    const offer = await screen.findByRole('button', { name: '福建省泉州市（1篇）' });
    expect(offer.parentElement).toHaveTextContent(/^按地区筛选：福建省泉州市（1篇）/u);
    await user.click(offer);
    expect(query().get('region')).toBe('3505');
    await waitFor(() => expect(status()).toHaveTextContent('共找到1篇文章'));
    expect(screen.queryByRole('button', { name: '福建省泉州市（1篇）' })).toBeNull();
  });
});
