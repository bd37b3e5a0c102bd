/**
 * Makes an exported page a plain HTML page. Next renders every page twice, as HTML and as the
 * React Server Components payload it embeds to hydrate the page, so an article's text ships twice
 * and the page loads React and Next's router (about 140 KB gzip). No page here needs either:
 * the few tools are enhanced by a small script (lib/browser/), and the search page by its own.
 */

import { enhancer } from '../../markup/enhancers';
import { scriptMarkup } from '../../markup/script-switch';

const frameworkScriptTag = /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/gu;
const frameworkPreload = /<link\b(?=[^>]*\srel="(?:preload|modulepreload)")(?=[^>]*\sas="script")[^>]*\/?>/gu;
const inlineScript = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gu;
/** Next's inline scripts: the RSC payload pushes and Turbopack's chunk list. */
const frameworkInline = /^\s*\(?\s*(?:self\.__next_f|\(self\.__next_f|globalThis\["TURBOPACK"\]|\(globalThis\["TURBOPACK"\])/u;

export function needsEnhancement(html: string): boolean {
  return html.includes(` ${enhancer.name}="`);
}

export interface PageScripts {
  /** The enhancement bundle, loaded where the page has elements to enhance. */
  readonly enhance?: string;
  /** A module only this page loads (the search page's), chosen by its route. */
  readonly module?: string;
  /** The 繁體 view's converter module and this page's dictionary, named on <html> for the head script. */
  readonly traditional?: { readonly module: string; readonly dictionary: string };
}

const htmlStartTag = /<html\b([^>]*)>/u;

/** The page without Next's runtime and payload, with the page's own scripts. */
export function dehydrate(html: string, scripts: PageScripts = {}): string {
  let plain = html
    .replace(frameworkScriptTag, '')
    .replace(frameworkPreload, '')
    .replace(inlineScript, (tag, _attributes: string, body: string) => (frameworkInline.test(body) ? '' : tag));
  const tags = [
    scripts.enhance && needsEnhancement(plain) ? `<script src="${scripts.enhance}" defer=""></script>` : '',
    scripts.module ? `<script type="module" src="${scripts.module}"></script>` : '',
  ].join('');
  if (tags) plain = plain.replace('</head>', `${tags}</head>`);
  if (scripts.traditional) {
    const { module, dictionary } = scripts.traditional;
    plain = plain.replace(htmlStartTag, (_, attributes: string) => `<html${attributes} ${scriptMarkup.converterModule.name}="${module}" ${scriptMarkup.dictionary.name}="${dictionary}">`);
  }
  return plain;
}
