/**
 * Makes the 简 / 繁 buttons (components/reading/ScriptControl.tsx) work, and shows a page in the
 * characters the reader chose last. The converter (lib/browser/traditional/) is a module of
 * its own, imported only on first use: a reader who never presses 繁 never fetches it.
 */
import { enhancer } from '../markup/enhancers';
import { pendingClass, scriptMarkup, type ScriptChoiceId } from '../markup/script-switch';
import { rememberScript, storedScript } from './script-preference';

interface TraditionalModule {
  showTraditional(): Promise<void>;
  showSimplified(): void;
}

let traditional: Promise<TraditionalModule> | undefined;

function loadTraditional(): Promise<TraditionalModule> {
  const url = scriptMarkup.converterModule.read(document.documentElement);
  if (!url) return Promise.reject(new Error('this page has no traditional view'));
  // A failed fetch (offline, say) is tried again on the next press, not remembered.
  traditional ??= (import(/* @vite-ignore */ url) as Promise<TraditionalModule>).catch((error: unknown) => {
    traditional = undefined;
    throw error;
  });
  return traditional;
}

/** Every 简/繁 group on the page says which is on. */
function showPressed(choice: ScriptChoiceId): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(`${enhancer.selector('script-switch')} button${scriptMarkup.choice.selector()}`)) {
    button.setAttribute('aria-pressed', String(scriptMarkup.choice.read(button) === choice));
  }
}

async function apply(choice: ScriptChoiceId): Promise<void> {
  try {
    if (choice === 'hant') await (await loadTraditional()).showTraditional();
    else if (traditional) (await traditional).showSimplified();
    showPressed(choice);
  } catch {
    // The converter or the dictionary could not be fetched (offline, say): the page stays as printed.
    showPressed('hans');
  } finally {
    document.documentElement.classList.remove(pendingClass);
  }
}

export function enhanceScriptSwitch(group: HTMLElement): void {
  showPressed(storedScript());
  for (const button of group.querySelectorAll<HTMLButtonElement>(`button${scriptMarkup.choice.selector()}`)) {
    button.addEventListener('click', () => {
      const choice = scriptMarkup.choice.read(button);
      if (!choice) return;
      rememberScript(choice);
      void apply(choice);
    });
  }
}

/** Converts the page at once when the reader chose 繁 on an earlier page (the head script hid it). */
export function applyStoredScript(): void {
  if (document.documentElement.classList.contains(pendingClass)) void apply('hant');
}
