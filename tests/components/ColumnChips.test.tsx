import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ColumnChips } from '@/components/search/ColumnChips';

const chips = [
  { slug: 'shendu-guanzhu', name: '深度关注', count: 1 },
  { slug: 'jintai-chaosheng', name: '金台潮声', count: 0 },
];

describe('ColumnChips', () => {
  it('shows each column with its count and which one is chosen', () => {
    render(<ColumnChips chips={chips} selected="shendu-guanzhu" onSelect={() => {}} />);
    expect(screen.getByRole('button', { name: '深度关注1篇' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '金台潮声0篇' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('chooses a column with the keyboard, and pressing the chosen one again clears it', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<ColumnChips chips={chips} onSelect={onSelect} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: '金台潮声0篇' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('jintai-chaosheng');
    rerender(<ColumnChips chips={chips} selected="jintai-chaosheng" onSelect={onSelect} />);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });
});
