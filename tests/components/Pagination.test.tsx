import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pagination } from '@/components/Pagination';
import { listPage, type PageNumber } from '@/lib/site/pagination';

const stories = (count: number) => Array.from({ length: count }, (_, index) => count - index);
const hrefFor = (page: PageNumber) => (page === 'newest' ? '/columns/x/' : `/columns/x/page/${page}/`);
const navigation = () => screen.getByRole('navigation', { name: '分页' });

describe('Pagination', () => {
  it('on the newest page links the pages before it, newest first, and marks itself current', () => {
    render(<Pagination list={listPage(stories(207), 'newest')!} hrefFor={hrefFor} />);
    const nav = within(navigation());
    expect(nav.getByText('最新')).toHaveAttribute('aria-current', 'page');
    expect(nav.getAllByRole('link').map((link) => link.textContent)).toEqual(['更早', '9', '8', '1']);
    expect(nav.getByRole('link', { name: '更早' })).toHaveAttribute('href', '/columns/x/page/9/');
    expect(nav.getByRole('link', { name: '更早' })).toHaveAttribute('rel', 'next');
    expect(nav.queryByRole('link', { name: '较新' })).toBeNull();
  });

  it('on a numbered page links the newer and older pages, the newest and the oldest', () => {
    render(<Pagination list={listPage(stories(2000), 50)!} hrefFor={hrefFor} />);
    const nav = within(navigation());
    expect(nav.getByText('50')).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: '较新' })).toHaveAttribute('href', '/columns/x/page/51/');
    expect(nav.getByRole('link', { name: '更早' })).toHaveAttribute('href', '/columns/x/page/49/');
    expect(nav.getByRole('link', { name: '最新一页' })).toHaveAttribute('href', '/columns/x/');
    expect(nav.getByRole('link', { name: '第1页' })).toHaveAttribute('href', '/columns/x/page/1/');
    // Read in the order shown: the steps to the newer and older pages, then the pages.
    expect(navigation()).toHaveTextContent('较新更早最新…5251504948…1');
  });

  it('leads from the last numbered page to the newest page', () => {
    render(<Pagination list={listPage(stories(100), 4)!} hrefFor={hrefFor} />);
    expect(within(navigation()).getByRole('link', { name: '较新' })).toHaveAttribute('href', '/columns/x/');
  });

  it('shows nothing for a list that fits on one page', () => {
    const { container } = render(<Pagination list={listPage(stories(39), 'newest')!} hrefFor={hrefFor} />);
    expect(container).toBeEmptyDOMElement();
  });
});
