/**
 * The reader's choice of characters: 简 (as printed) or 繁 (OpenCC traditional, converted in
 * the browser by lib/browser/traditional/). Remembered in localStorage like the text size
 * (lib/browser/script-preference.ts); the head script (lib/view/head-script.ts) hides a page that
 * will be converted until it is, so a traditional reader never sees the simplified text flash.
 */
import { dataAttribute, dataMark } from './attribute';

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

export function isScriptChoiceId(value: unknown): value is ScriptChoiceId {
  return scriptChoices.some((choice) => choice.id === value);
}

export const scriptMarkup = {
  /** Each 简/繁 button (components/reading/ScriptControl.tsx): the characters it picks. */
  choice: dataAttribute('data-script', ['hans', 'hant'] as const satisfies readonly ScriptChoiceId[]),
  /**
   * On <html>, written by the export (lib/build/cli/export-site.ts): the converter module and this
   * page's dictionary, so the head script can start fetching both before the body.
   */
  converterModule: dataAttribute('data-hant-module'),
  dictionary: dataAttribute('data-hant-dict'),
  /** An element that brings text another dictionary covers (a search result): its dictionary. */
  extraDictionary: dataAttribute('data-hant-extra'),
  /** Text waiting for its own dictionary: kept in place but unpainted (app/globals.css). */
  waiting: dataMark('data-hant-wait'),
};
