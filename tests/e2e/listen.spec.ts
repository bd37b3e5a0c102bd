/**
 * 朗读 on an article, in Chromium with a stand-in for the browser's speech API that records what
 * it is asked to say (Chromium here has no voices): the title and the text in order, the
 * paragraph being read marked and in view, pause, resume, stop, and silence when the reader
 * leaves. Without a Chinese voice the control is never shown.
 */
import { expect, test, type Page } from '@playwright/test';

const article = '/articles/lu-wu-jintou-xin-you-guichu/';

/**
 * A speech engine that speaks an utterance until the test says it has ended (window.speechEnd()),
 * so nothing depends on how fast the machine is.
 */
async function installSpeech(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((voiceList) => {
    const log: { said: string[]; calls: string[] } = { said: [], calls: [] };
    (window as unknown as { speechLog: typeof log }).speechLog = log;
    class Utterance {
      lang = '';
      voice: unknown = null;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    let paused = false;
    let current: Utterance | undefined;
    const finish = () => {
      const done = current;
      current = undefined;
      done?.onend?.();
    };
    // The end of the utterance being spoken; a paused engine ends nothing.
    (window as unknown as { speechEnd: () => void }).speechEnd = () => {
      if (!paused) finish();
    };
    const synth = {
      getVoices: () => voiceList,
      addEventListener: () => undefined,
      speak(utterance: Utterance) {
        log.said.push(utterance.text);
        current = utterance;
        setTimeout(() => utterance.onstart?.(), 0);
      },
      pause() {
        log.calls.push('pause');
        paused = true;
      },
      resume() {
        log.calls.push('resume');
        paused = false;
      },
      cancel() {
        log.calls.push('cancel');
        // Survives the page: the test reads it after the reader has left.
        sessionStorage.setItem('speech-cancelled', String(Number(sessionStorage.getItem('speech-cancelled') ?? 0) + 1));
        finish();
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}

const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { speechEnd: () => void }).speechEnd());
const log = (page: Page) => page.evaluate(() => (window as unknown as { speechLog: { said: string[]; calls: string[] } }).speechLog);

test('reads the title and the text aloud in order, marking the paragraph being read', async ({ page }) => {
  await installSpeech(page, [{ lang: 'en-US', name: 'English' }, { lang: 'zh-CN', name: '普通话' }]);
  await page.goto(article);
  const listen = page.getByRole('group', { name: '朗读' });
  await expect(listen).toBeVisible();
  const paragraphs = await page.locator('.article-body > p').allTextContents();
  await listen.getByRole('button', { name: '朗读' }).click();
  await expect(page.locator('h1[data-reading]')).toHaveCount(1);
  await endUtterance(page);
  await expect(page.locator('.article-body > p').first()).toHaveAttribute('data-reading', '');
  await expect(page.locator('[data-reading]')).toHaveCount(1);
  await endUtterance(page);
  await expect(page.locator('.article-body > p').nth(1)).toHaveAttribute('data-reading', '');
  await expect(page.locator('.article-body > p').nth(1)).toBeInViewport();
  expect((await log(page)).said).toEqual([await page.locator('h1').textContent(), paragraphs[0], paragraphs[1]]);

  await listen.getByRole('button', { name: '暂停' }).click();
  await endUtterance(page);
  await expect(page.locator('.article-body > p').nth(1)).toHaveAttribute('data-reading', '');
  expect((await log(page)).said).toHaveLength(3);
  await listen.getByRole('button', { name: '继续' }).click();
  await endUtterance(page);
  await expect.poll(async () => (await log(page)).said.length).toBe(4);

  await listen.getByRole('button', { name: '停止' }).click();
  await expect(page.locator('[data-reading]')).toHaveCount(0);
  await expect(listen.getByRole('button', { name: '朗读' })).toBeVisible();
  const { said, calls } = await log(page);
  expect(calls).toEqual(['pause', 'resume', 'cancel']);
  // Everything said so far is the title and then the paragraphs, in the page's order.
  const order = [await page.locator('h1').textContent(), ...(await page.locator('.article-body > :is(p, h2, h3)').allTextContents())];
  expect(said).toEqual(order.slice(0, said.length));
});

test('stops speaking when the reader leaves the page', async ({ page }) => {
  await installSpeech(page, [{ lang: 'zh-CN', name: '普通话' }]);
  await page.goto(article);
  await page.getByRole('group', { name: '朗读' }).getByRole('button', { name: '朗读' }).click();
  await expect(page.locator('[data-reading]')).toHaveCount(1);
  expect(await page.evaluate(() => sessionStorage.getItem('speech-cancelled'))).toBeNull();
  await page.getByRole('link', { name: '首页' }).first().click();
  await expect(page).toHaveURL(/\/$/u);
  expect(await page.evaluate(() => sessionStorage.getItem('speech-cancelled'))).toBe('1');
});

test('is not shown where the browser has no Chinese voice or no speech synthesis', async ({ page }) => {
  await installSpeech(page, [{ lang: 'en-US', name: 'English' }]);
  await page.goto(article);
  await expect(page.getByRole('group', { name: '朗读' })).toBeHidden();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await page.goto(article);
  await expect(page.getByRole('group', { name: '朗读' })).toBeHidden();
});
