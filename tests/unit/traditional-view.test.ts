// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fullTraditional, traditionalDictionary } from '@/lib/build/export/traditional-dictionary';
import { TraditionalConverter } from '@/lib/browser/traditional/converter';
import { TraditionalView } from '@/lib/browser/traditional/page-text';

const page = `
  <h1>增强干部能力</h1>
  <p>党员干部<mark>带头</mark>办实事</p>
  <button aria-label="复制引用" title="复制这篇文章的引用">复制</button>
  <p lang="zh-CN" id="citation">刘晓宇.增强干部能力[N].人民日报</p>
  <input id="query" placeholder="搜索文章" value="党员">
  <p role="status" id="status"></p>`;
const scriptWords = ['引用已复制', '链接已复制'];

let current: TraditionalView | undefined;

function setUp() {
  document.body.innerHTML = page;
  document.title = '增强干部能力 · 党建文章阅读';
  const converter = new TraditionalConverter();
  converter.add(traditionalDictionary([document.documentElement.outerHTML, ...scriptWords]));
  const view = new TraditionalView(converter, document.documentElement);
  view.show();
  current = view;
  return view;
}

/** Lets the MutationObserver run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  current?.restore();
  document.body.innerHTML = '';
});

describe('the traditional view of a page', () => {
  it('converts text, labels and the title, and keeps what declares its own language and what the reader typed', () => {
    setUp();
    expect(document.querySelector('h1')!.textContent).toBe('增強幹部能力');
    expect(document.querySelector('p')!.textContent).toBe('黨員幹部帶頭辦實事');
    const button = document.querySelector('button')!;
    expect([button.textContent, button.getAttribute('aria-label'), button.title]).toEqual(['複製', '複製引用', fullTraditional('复制这篇文章的引用')]);
    expect(document.title).toBe('增強幹部能力 · 黨建文章閱讀');
    expect(document.getElementById('citation')!.textContent).toBe('刘晓宇.增强干部能力[N].人民日报');
    const query = document.getElementById('query') as HTMLInputElement;
    expect([query.value, query.placeholder]).toEqual(['党员', fullTraditional('搜索文章')]);
  });

  it('converts what scripts write afterwards, whether new nodes or new text in old ones', async () => {
    setUp();
    const status = document.getElementById('status')!;
    status.textContent = '引用已复制';
    await settle();
    expect(status.textContent).toBe('引用已複製');
    status.firstChild!.nodeValue = '链接已复制';
    await settle();
    expect(status.textContent).toBe('鏈接已複製');
  });

  it('puts back what was printed, and what scripts wrote, when the reader returns to 简', async () => {
    const view = setUp();
    const status = document.getElementById('status')!;
    status.textContent = '链接已复制';
    await settle();
    view.restore();
    expect(status.textContent).toBe('链接已复制');
    status.textContent = '';
    expect(document.body.innerHTML).toBe(page);
    expect(document.title).toBe('增强干部能力 · 党建文章阅读');
    // Stopped: new text stays as written.
    status.textContent = '引用已复制';
    await settle();
    expect(status.textContent).toBe('引用已复制');
  });
});
