/** Where the reader's choice of characters (lib/markup/script-switch.ts) is remembered: this device's localStorage. */
import { defaultScript, isScriptChoiceId, scriptStorageKey, type ScriptChoiceId } from '../markup/script-switch';

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
