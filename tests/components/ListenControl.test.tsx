import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readableArticleOf } from '@/app/_lib/article-view';
import { ReadableArticle } from '@/components/ReadableArticle';
import { ListenControl } from '@/components/reading/ListenControl';
import { enhancer } from '@/lib/markup/enhancers';
import { listenMarkup } from '@/lib/markup/listen';
import { enhanceListen } from '@/lib/browser/listen';
import { loadArticles } from '@/lib/records/load';

const story = loadArticles('content').articles.find((article) => article.title === '党建联盟助力企业发展')!;

/** The browser's speech synthesis as the script sees it: it records what it was given to say. */
class FakeSpeech extends EventTarget {
  readonly spoken: FakeUtterance[] = [];
  voices: { lang: string; name: string }[] = [];
  readonly pause = vi.fn();
  readonly resume = vi.fn();
  readonly cancel = vi.fn(() => this.spoken.at(-1)?.onend?.());
  getVoices = () => this.voices as unknown as SpeechSynthesisVoice[];
  speak = (utterance: FakeUtterance) => {
    this.spoken.push(utterance);
    utterance.onstart?.();
  };
  /** The utterance being spoken comes to its end. */
  finish = () => act(() => this.spoken.at(-1)!.onend!());
}
class FakeUtterance {
  lang = '';
  voice: unknown;
  onstart?: () => void;
  onend?: () => void;
  onerror?: () => void;
  constructor(readonly text: string) {}
}

let speech: FakeSpeech;
beforeEach(() => {
  speech = new FakeSpeech();
  Element.prototype.scrollIntoView = vi.fn();
});

/** The article page with 朗读 in its tools, its script run with `voices` in the browser. */
function open(voices: { lang: string; name: string }[]) {
  speech.voices = voices;
  const { container } = render(<ReadableArticle {...readableArticleOf(story)} tools={<ListenControl />} />);
  const group = container.querySelector<HTMLElement>(enhancer.selector('listen'))!;
  const fakeWindow = Object.assign(new EventTarget(), { speechSynthesis: speech, SpeechSynthesisUtterance: FakeUtterance });
  enhanceListen(group, fakeWindow as unknown as Window);
  return { group, container, fakeWindow };
}
const reading = (container: HTMLElement) => [...container.querySelectorAll(listenMarkup.reading.selector)];
const paragraphs = () => [...document.querySelectorAll('.article-body > p')].map((paragraph) => paragraph.textContent?.trim());

describe('朗读', () => {
  it('stays out of sight where the browser has no Chinese voice, and appears when one arrives', () => {
    const { group } = open([{ lang: 'en-US', name: 'English' }]);
    expect(group).toHaveClass('invisible');
    speech.voices = [{ lang: 'zh_TW', name: '美嘉' }, { lang: 'zh-CN', name: '婷婷' }];
    act(() => void speech.dispatchEvent(new Event('voiceschanged')));
    expect(group).not.toHaveClass('invisible');
  });

  it('reads the title, then each paragraph in order, in the mainland voice, marking the one being read', async () => {
    const user = userEvent.setup();
    const { container } = open([{ lang: 'zh-TW', name: '美嘉' }, { lang: 'zh-CN', name: '婷婷' }]);
    await user.click(screen.getByRole('button', { name: '朗读' }));
    expect(speech.spoken[0]!.text).toBe(story.title);
    expect(speech.spoken[0]!.lang).toBe('zh-CN');
    expect(reading(container)).toEqual([screen.getByRole('heading', { level: 1 })]);
    speech.finish();
    speech.finish();
    expect(speech.spoken.map((utterance) => utterance.text)).toEqual([story.title, ...paragraphs().slice(0, 2)]);
    expect(reading(container)).toHaveLength(1);
    expect(reading(container)[0]!.textContent?.trim()).toBe(paragraphs()[1]);
  });

  it('pauses, resumes and stops, showing only the buttons that apply', async () => {
    const user = userEvent.setup();
    const { container } = open([{ lang: 'zh-CN', name: '婷婷' }]);
    const button = (name: string) => screen.getByText(name, { selector: 'button' });
    const shown = () => ['朗读', '暂停', '继续', '停止'].filter((name) => !button(name).hidden);
    expect(shown()).toEqual(['朗读']);
    await user.click(button('朗读'));
    expect(shown()).toEqual(['暂停', '停止']);
    await user.click(button('暂停'));
    expect(speech.pause).toHaveBeenCalled();
    expect(shown()).toEqual(['继续', '停止']);
    await user.click(button('继续'));
    expect(speech.resume).toHaveBeenCalled();
    await user.click(button('停止'));
    expect(shown()).toEqual(['朗读']);
    expect(reading(container)).toEqual([]);
    // The utterance that stop() cancelled ended, and nothing more was read.
    expect(speech.spoken).toHaveLength(1);
  });

  it('stops when the reader leaves the page', async () => {
    const user = userEvent.setup();
    const { container, fakeWindow } = open([{ lang: 'zh-CN', name: '婷婷' }]);
    await user.click(screen.getByRole('button', { name: '朗读' }));
    act(() => void fakeWindow.dispatchEvent(new Event('pagehide')));
    expect(speech.cancel).toHaveBeenCalled();
    expect(reading(container)).toEqual([]);
    expect(speech.spoken).toHaveLength(1);
  });
});
