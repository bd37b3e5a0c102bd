import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadingTools } from '@/components/reading/ReadingTools';
import { enhance } from '@/lib/browser/enhancers';

const props = {
  url: 'https://example.org/articles/x/',
  title: '党建联盟助力企业发展',
  citation: '付文. 党建联盟助力企业发展[N]. 人民日报, 2024-04-09(19).',
  story: { path: '/articles/x/', title: '党建联盟助力企业发展', column: '金台潮声', edition: '人民日报 2024年4月9日 第19版' },
};

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.fontSize;
});

describe('ReadingTools', () => {
  it('sets the text size, shows which is chosen and remembers it', async () => {
    const user = userEvent.setup();
    const { container } = render(<ReadingTools {...props} />);
    enhance(container);
    expect(screen.getByRole('button', { name: '字号中' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: '字号大' }));
    expect(document.documentElement.dataset.fontSize).toBe('large');
    expect(localStorage.getItem('reader-font-size')).toBe('large');
    expect(screen.getByRole('button', { name: '字号大' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '字号中' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows the size the head script applied from an earlier visit', () => {
    document.documentElement.dataset.fontSize = 'small';
    const { container } = render(<ReadingTools {...props} />);
    enhance(container);
    expect(screen.getByRole('button', { name: '字号小' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers 简 and 繁 beside the text size, 简 (as printed) chosen until the reader picks 繁', () => {
    const { container } = render(<ReadingTools {...props} />);
    enhance(container);
    const group = screen.getByRole('group', { name: '简繁' });
    expect(group.previousElementSibling).toBe(screen.getByRole('group', { name: '字号' }));
    expect(screen.getByRole('button', { name: '简体中文（原文）' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '繁體中文' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('remembers 繁 when the reader picks it', async () => {
    const user = userEvent.setup();
    const { container } = render(<ReadingTools {...props} />);
    enhance(container);
    await user.click(screen.getByRole('button', { name: '繁體中文' }));
    expect(localStorage.getItem('reader-script')).toBe('hant');
  });

  it('copies the citation and the link, and says so', async () => {
    const user = userEvent.setup();
    const { container } = render(<ReadingTools {...props} />);
    enhance(container);
    await user.click(screen.getByRole('button', { name: '复制引用' }));
    expect(await navigator.clipboard.readText()).toBe(props.citation);
    const status = screen.getByText('引用已复制');
    expect(status).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: '分享 / 复制链接' }));
    expect(await navigator.clipboard.readText()).toBe(props.url);
    expect(status).toHaveTextContent('链接已复制');
  });

  it('saves the story on this device with what 我的收藏 lists, and removes it again', async () => {
    const user = userEvent.setup();
    const { container } = render(<ReadingTools {...props} />);
    enhance(container);
    const save = screen.getByRole('button', { name: '收藏' });
    expect(save).toHaveAttribute('aria-pressed', 'false');
    await user.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('已收藏，可在“我的收藏”中离线阅读')).toHaveAttribute('role', 'status');
    const [stored] = JSON.parse(localStorage.getItem('reader-saved')!) as Record<string, string>[];
    expect(stored).toMatchObject(props.story);
    expect(Number.isNaN(Date.parse(stored!.savedAt!))).toBe(false);
    await user.click(save);
    expect(save).toHaveAttribute('aria-pressed', 'false');
    expect(localStorage.getItem('reader-saved')).toBe('[]');
    expect(screen.getByText('已取消收藏')).toBeInTheDocument();
  });
});
