import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from '@/components/search/FilterBar';
import { enhanceFilterBar } from '@/lib/browser/filter-bar';

const props = {
  columns: [{ name: '深度关注', pageHref: '/columns/shendu-guanzhu/', filterHref: '/search/?column=shendu-guanzhu' }],
  columnsPageHref: '/columns/',
  regionsPageHref: '/regions/',
  regionsUrl: '/search/regions.json',
  regionFilterPrefix: '/search/?region=',
};
const regions = [
  { code: '13', name: '河北省', parent: null, count: 2 },
  { code: '1305', name: '邢台市', parent: '13', count: 1 },
  { code: '35', name: '福建省', parent: null, count: 1 },
];

afterEach(() => vi.unstubAllGlobals());

describe('FilterBar', () => {
  it('without its script, links to the static column and region pages', () => {
    render(<FilterBar {...props} />);
    expect(screen.getByRole('link', { name: '深度关注' })).toHaveAttribute('href', '/columns/shendu-guanzhu/');
    expect(screen.getByRole('link', { name: '按地区' })).toHaveAttribute('href', '/regions/');
  });

  it('with it, opens the filtered views: a column chip, or a province chosen from the list loaded on first use', async () => {
    const fetchRegions = vi.fn(async () => new Response(JSON.stringify(regions)));
    vi.stubGlobal('fetch', fetchRegions);
    const navigate = vi.fn();
    const user = userEvent.setup();
    render(<FilterBar {...props} />);
    enhanceFilterBar(screen.getByRole('navigation', { name: '筛选文章' }), navigate);
    expect(screen.getByRole('link', { name: '深度关注' })).toHaveAttribute('href', '/search/?column=shendu-guanzhu');
    expect(fetchRegions).not.toHaveBeenCalled();

    const province = screen.getByRole('combobox', { name: '省份' });
    await user.click(province);
    expect(await screen.findByRole('option', { name: '河北省（2）' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /邢台市/u })).not.toBeInTheDocument();
    await user.selectOptions(province, '13');
    expect(navigate).toHaveBeenCalledWith('/search/?region=13');
    expect(fetchRegions).toHaveBeenCalledTimes(1);
  });

  it('beyond a handful of columns, offers one picker: a link to every column without its script, the filtered view with it', async () => {
    const many = Array.from({ length: 40 }, (_, index) => ({ name: `栏目${index + 1}`, pageHref: `/columns/c${index + 1}/`, filterHref: `/search/?column=c${index + 1}` }));
    const navigate = vi.fn();
    const user = userEvent.setup();
    render(<FilterBar {...props} columns={many} />);
    expect(screen.queryByRole('link', { name: '栏目1' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '全部栏目（40）' })).toHaveAttribute('href', '/columns/');
    enhanceFilterBar(screen.getByRole('navigation', { name: '筛选文章' }), navigate);
    const picker = screen.getByRole('combobox', { name: '栏目' });
    expect(screen.getAllByRole('option', { name: /^栏目\d+$/u })).toHaveLength(40);
    await user.selectOptions(picker, '栏目17');
    expect(navigate).toHaveBeenCalledWith('/search/?column=c17');
  });
});
