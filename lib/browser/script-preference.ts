/**
 * The reader's choice of characters: 简 (as printed) or 繁 (OpenCC traditional, converted in
 * the browser by lib/browser/traditional/). Remembered in localStorage like the text size;
 * the head script (head-script.ts) hides a page that will be converted until it is, so a
 * traditional reader never sees the simplified text flash.
 */
export const scriptChoices = [
  { id: 'hans', label: '简', name: '简体中文（原文）' },
  { id: 'hant', label: '繁', name: '繁體中文' },
] as const;

export type ScriptChoiceId = (typeof scriptChoices)[number]['id'];

export const scriptStorageKey = 'reader-script';
export const defaultScript: ScriptChoiceId = 'hans';

/** The language tag of the page while it shows traditional characters. */
export const traditionalLang = 'zh-Hant';

/** <html class> while a traditional page waits for its conversion (app/globals.css hides it). */
export const pendingClass = 'hant-pending';

/**
 * Attributes the export writes on <html> (lib/build/cli/export-site.ts): the converter module
 * and this page's dictionary, so the head script can start fetching both before the body.
 */
export const moduleAttribute = 'data-hant-module';
export const dictionaryAttribute = 'data-hant-dict';

/** An element that brings text another dictionary covers (a search result): its dictionary. */
export const extraDictionaryAttribute = 'data-hant-extra';

export function isScriptChoiceId(value: unknown): value is ScriptChoiceId {
  return scriptChoices.some((choice) => choice.id === value);
}

export function storedScript(): ScriptChoiceId {
  try {
    const stored = localStorage.getItem(scriptStorageKey);
    return isScriptChoiceId(stored) ? stored : defaultScript;
  } catch {
    return defaultScript;
  }
}

export function rememberScript(choice: ScriptChoiceId): void {
  try {
    localStorage.setItem(scriptStorageKey, choice);
  } catch {
    // Private browsing may refuse storage: the choice still applies to this page.
  }
}
