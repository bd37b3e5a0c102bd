/**
 * The one inline script of every page, run in <head> before the body is painted; its hash is in
 * the Content-Security-Policy (lib/serving/csp.ts). Kept tiny. It
 * - marks <html class="js">, so the tools that need JavaScript (components/reading/) are laid out
 *   from the first paint instead of appearing later and pushing the text down;
 * - applies the remembered text size (lib/markup/font-size.ts);
 * - for a reader who chose 繁 (lib/markup/script-switch.ts), hides the page until it is converted and
 *   starts fetching the converter and the page's dictionary at once, in parallel with the page.
 */
import { fontSizeAttribute, fontSizeStorageKey } from '../markup/font-size';
import { pendingClass, scriptMarkup, scriptStorageKey } from '../markup/script-switch';

const dataset = (attribute: string) => attribute.replace(/^data-/u, '').replace(/-(\w)/gu, (_, letter: string) => letter.toUpperCase());

export const headScript =
  `var d=document.documentElement,a=d.dataset;d.classList.add("js");try{var s=localStorage.getItem(${JSON.stringify(fontSizeStorageKey)});` +
  `if(s==="small"||s==="large")a.${dataset(fontSizeAttribute.name)}=s;` +
  `if(localStorage.getItem(${JSON.stringify(scriptStorageKey)})==="hant"&&a.${dataset(scriptMarkup.dictionary.name)}){d.classList.add(${JSON.stringify(pendingClass)});` +
  `[["modulepreload",a.${dataset(scriptMarkup.converterModule.name)}],["preload",a.${dataset(scriptMarkup.dictionary.name)}]].forEach(function(p){var l=document.createElement("link");l.rel=p[0];l.href=p[1];if(p[0]==="preload"){l.as="fetch";l.crossOrigin="anonymous"}document.head.appendChild(l)})}}catch(e){}`;
