/**
 * Makes 朗读 (components/reading/ListenControl.tsx) work: the title, then each paragraph and
 * heading of the text, spoken one after the other in a Chinese voice; the one being read is
 * marked (lib/markup/listen.ts) and kept in view; pause, resume and stop; speech stops when the reader
 * leaves the page. Shown only where the browser has speech synthesis and a Chinese voice.
 */
import { listenButtons, listenMarkup, type ListenButton } from '../markup/listen';
import { requiredElement } from './element';

type State = 'idle' | 'speaking' | 'paused';

/** A Chinese voice, mainland first, if the browser has one. */
export function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const chinese = voices.filter((voice) => /^(zh|cmn)\b/iu.test(voice.lang.replace('_', '-')));
  return chinese.find((voice) => /CN|Hans/iu.test(voice.lang)) ?? chinese[0];
}

export function enhanceListen(group: HTMLElement, win: Window = window): void {
  const synth = win.speechSynthesis as SpeechSynthesis | undefined;
  const Utterance = (win as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance }).SpeechSynthesisUtterance;
  if (!synth || !Utterance) return;
  const article = group.closest('article') ?? document;
  const buttons = Object.fromEntries(listenButtons.map((name) => [name, requiredElement<HTMLButtonElement>(group, listenMarkup.button.selector(name), '朗读')])) as Record<ListenButton, HTMLButtonElement>;
  let voice: SpeechSynthesisVoice | undefined;
  let state: State = 'idle';
  let queue: HTMLElement[] = [];
  let current: HTMLElement | undefined;

  const show = (next: State) => {
    state = next;
    buttons.play.hidden = next !== 'idle';
    buttons.pause.hidden = next !== 'speaking';
    buttons.resume.hidden = next !== 'paused';
    buttons.stop.hidden = next === 'idle';
  };
  const mark = (element: HTMLElement | undefined) => {
    current?.removeAttribute(listenMarkup.reading.name);
    current = element;
    if (!element) return;
    element.setAttribute(listenMarkup.reading.name, '');
    element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  // State first: the utterance cancel() ends must not read on.
  const stop = () => {
    queue = [];
    mark(undefined);
    show('idle');
    synth.cancel();
  };
  const next = () => {
    const element = queue.shift();
    if (!element) return stop();
    const utterance = new Utterance(element.textContent?.trim() ?? '');
    utterance.lang = voice?.lang ?? 'zh-CN';
    if (voice) utterance.voice = voice;
    utterance.onstart = () => mark(element);
    // A cancelled utterance ends too: only the one still current moves the reading on.
    utterance.onend = () => current === element && state !== 'idle' && next();
    utterance.onerror = () => current === element && stop();
    mark(element);
    synth.speak(utterance);
  };

  buttons.play.addEventListener('click', () => {
    queue = [...article.querySelectorAll<HTMLElement>('h1, .article-body > :is(p, h2, h3, h4, li, blockquote)')].filter((element) => element.textContent?.trim());
    show('speaking');
    next();
  });
  buttons.pause.addEventListener('click', () => {
    synth.pause();
    show('paused');
  });
  buttons.resume.addEventListener('click', () => {
    synth.resume();
    show('speaking');
  });
  buttons.stop.addEventListener('click', stop);
  win.addEventListener('pagehide', stop);

  // Voices arrive late in some browsers: the control appears once a Chinese one is there.
  const findVoice = () => {
    voice = chineseVoice(synth.getVoices());
    group.classList.toggle('invisible', !voice);
  };
  findVoice();
  synth.addEventListener?.('voiceschanged', findVoice);
}
