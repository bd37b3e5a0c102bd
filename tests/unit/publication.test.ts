import { describe, expect, it } from 'vitest';
import type { IsoDate } from '@/lib/api';
import { citationOf, originalPageUrl } from '@/lib/records/publication';

const date = (d: string) => d as IsoDate;

describe('the original electronic edition', () => {
  it('links a page before December 2024 to rmrb/html', () => {
    expect(originalPageUrl(date('2024-04-09'), 19)).toBe('http://paper.people.com.cn/rmrb/html/2024-04/09/nbs.D110000renmrb_19.htm');
    expect(originalPageUrl(date('2024-11-30'), 1)).toBe('http://paper.people.com.cn/rmrb/html/2024-11/30/nbs.D110000renmrb_01.htm');
  });

  it('links later pages to rmrb/pc', () => {
    expect(originalPageUrl(date('2024-12-01'), 4)).toBe('http://paper.people.com.cn/rmrb/pc/layout/202412/01/node_04.html');
  });
});

describe('GB/T 7714-2015 citation', () => {
  it('writes the newspaper form [N]', () => {
    expect(citationOf({ authors: ['刘晓宇'], title: '增强干部“会担当”“重担当”“敢担当”的能力本领', date: date('2024-04-09'), page: 19 })).toBe(
      '刘晓宇.增强干部“会担当”“重担当”“敢担当”的能力本领[N].人民日报,2024-04-09(19).',
    );
  });

  it('names up to three authors, then 等, and starts with the title when there are none', () => {
    expect(citationOf({ authors: ['甲', '乙', '丙', '丁'], title: '题', date: date('2024-04-09'), page: 1 })).toBe('甲,乙,丙,等.题[N].人民日报,2024-04-09(1).');
    expect(citationOf({ authors: [], title: '题', date: date('2024-04-09') })).toBe('题[N].人民日报,2024-04-09.');
  });
});
