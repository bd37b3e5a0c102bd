import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RelatedList } from '@/components/RelatedList';

describe('RelatedList', () => {
  it('lists each related story as a link with the reason it is there', () => {
    render(
      <RelatedList
        items={[
          { href: '/articles/a/', title: '党建联盟助力企业发展', reason: '编辑推荐' },
          { href: '/articles/b/', title: '南安学习新质生产力', reason: '同属福建省泉州市' },
        ]}
      />,
    );
    const section = screen.getByRole('region', { name: '相关报道' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[1]!).getByRole('link', { name: '南安学习新质生产力' })).toHaveAttribute('href', expect.stringMatching(/^\/articles\/b\/?$/u));
    expect(items[1]).toHaveTextContent('同属福建省泉州市');
  });

  it('renders nothing when there is no related story', () => {
    const { container } = render(<RelatedList items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
