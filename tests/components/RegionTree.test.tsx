import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RegionTree, type RegionTreeNode } from '@/components/RegionTree';

const node = (code: string, name: string, count: number, children: RegionTreeNode[] = []): RegionTreeNode => ({
  code,
  name,
  href: `/regions/${code}/`,
  count,
  children,
});

describe('RegionTree', () => {
  it('nests counties in cities in provinces, each linked with its number of stories', () => {
    render(<RegionTree nodes={[node('35', '福建省', 3, [node('3505', '泉州市', 2, [node('350502', '鲤城区', 1)])]), node('13', '河北省', 1)]} />);
    const tree = within(screen.getByRole('navigation', { name: '地区' })).getAllByRole('list')[0]!;
    const provinces = within(tree).getAllByRole('listitem').filter((item) => item.parentElement === tree);
    expect(provinces.map((item) => item.firstChild?.textContent)).toEqual(['福建省', '河北省']);
    expect(provinces[0]).toHaveTextContent('福建省（3篇）泉州市（2篇）鲤城区（1篇）');
    expect(within(provinces[0]!).getByRole('link', { name: '鲤城区' })).toHaveAttribute('href', expect.stringMatching(/^\/regions\/350502\/?$/u));
  });

  it('says so when no story has a region', () => {
    render(<RegionTree nodes={[]} />);
    expect(screen.getByText('暂无按地区归类的文章。')).toBeInTheDocument();
  });
});
