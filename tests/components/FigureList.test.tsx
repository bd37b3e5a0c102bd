import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FigureList } from '@/components/FigureList';
import type { Figure } from '@/lib/api';

const figures: Figure[] = [
  { number: 1, caption: '游德祥在检查车辆。', credit: '受访者供图' },
  { number: 2, caption: '游德祥（右二）和志愿者们一起走访慰问困难司机。', credit: '吴杰摄', src: '/images/p19-2.jpg' },
];

describe('FigureList', () => {
  it('shows caption and credit of a figure that has no image file', () => {
    render(<FigureList figures={figures} />);
    const captions = screen.getAllByRole('figure');
    expect(captions[0]).toHaveTextContent('图①：游德祥在检查车辆。（受访者供图）');
    expect(captions[0]!.querySelector('img')).toBeNull();
  });

  it('gives an image its caption as text alternative', () => {
    render(<FigureList figures={figures} />);
    expect(screen.getByRole('img', { name: '游德祥（右二）和志愿者们一起走访慰问困难司机。' })).toHaveAttribute('src', '/images/p19-2.jpg');
  });

  it('numbers figures only when there are several', () => {
    render(<FigureList figures={[{ number: 1, caption: '唯一的照片。' }]} />);
    expect(screen.getByRole('figure')).toHaveTextContent(/^唯一的照片。$/u);
  });

  it('renders nothing without figures', () => {
    const { container } = render(<FigureList figures={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
