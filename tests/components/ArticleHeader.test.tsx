import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleHeader } from '@/components/ArticleHeader';

describe('ArticleHeader', () => {
  it('shows the column label, the kicker above the title, the byline and the edition line', () => {
    render(
      <ArticleHeader
        label="深度关注 · 提振党员干部干事创业精气神 ③"
        kicker="福建省泉州市完善落实激励干部担当作为政策措施——"
        title="增强干部“会担当”“重担当”“敢担当”的能力本领"
        byline="本报记者 刘晓宇"
        editionLine="人民日报 2024年4月9日 第19版"
        editionHref="/editions/2024-04-09/19/"
        readingMinutes={7}
      />,
    );
    const title = screen.getByRole('heading', { level: 1 });
    expect(title).toHaveTextContent('增强干部“会担当”“重担当”“敢担当”的能力本领');
    const kicker = screen.getByText('福建省泉州市完善落实激励干部担当作为政策措施——');
    // The kicker precedes the title in reading order, as printed.
    expect(kicker.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('深度关注 · 提振党员干部干事创业精气神 ③')).toBeInTheDocument();
    expect(screen.getByText('本报记者 刘晓宇')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '人民日报 2024年4月9日 第19版' })).toHaveAttribute('href', expect.stringMatching(/^\/editions\/2024-04-09\/19\/?$/u));
    expect(screen.getByText('· 约7分钟')).toBeInTheDocument();
  });

  it('leaves out what the article does not have', () => {
    render(<ArticleHeader label="" title="党建联盟助力企业发展" editionLine="人民日报 2024年4月9日 第19版" readingMinutes={2} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('党建联盟助力企业发展');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(document.querySelectorAll('header p')).toHaveLength(1);
  });

  it('shows title text from content as text, never as markup', () => {
    render(<ArticleHeader label="" title={'<img src=x onerror="alert(1)">标题'} editionLine="人民日报" readingMinutes={1} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<img src=x onerror="alert(1)">标题');
    expect(document.querySelector('img')).toBeNull();
  });
});
