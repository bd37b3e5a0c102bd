/**
 * Makes an exported page a plain HTML page. Next renders every page twice, as HTML and as the
 * React Server Components payload it embeds to hydrate the page, so an article's text ships twice
 * and the page loads React and Next's router (about 140 KB gzip). Reading an article needs
 * neither: its few tools are enhanced by a small script (lib/enhance/). Pages whose controls
 * are React components say so with a `data-needs-react` attribute and keep everything.
 */

/** Marks a page that must stay a React page (the search page). */
export const needsReactAttribute = 'data-needs-react';
/** Marks an element lib/enhance/ gives behaviour to. */
export const enhanceAttribute = 'data-enhance';

const frameworkScriptTag = /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/gu;
const frameworkPreload = /<link\b(?=[^>]*\srel="(?:preload|modulepreload)")(?=[^>]*\sas="script")[^>]*\/?>/gu;
const inlineScript = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gu;
/** Next's inline scripts: the RSC payload pushes and Turbopack's chunk list. */
const frameworkInline = /^\s*\(?\s*(?:self\.__next_f|\(self\.__next_f|globalThis\["TURBOPACK"\]|\(globalThis\["TURBOPACK"\])/u;

export function needsReact(html: string): boolean {
  return html.includes(` ${needsReactAttribute}`);
}

export function needsEnhancement(html: string): boolean {
  return html.includes(` ${enhanceAttribute}="`);
}

/**
 * The page without Next's runtime and payload; with the enhancement script when `enhanceScript`
 * is given and the page has elements to enhance. A page that needs React is returned as it is.
 */
export function dehydrate(html: string, enhanceScript?: string): string {
  if (needsReact(html)) return html;
  let plain = html
    .replace(frameworkScriptTag, '')
    .replace(frameworkPreload, '')
    .replace(inlineScript, (tag, _attributes: string, body: string) => (frameworkInline.test(body) ? '' : tag));
  if (enhanceScript && needsEnhancement(plain)) {
    plain = plain.replace('</head>', `<script src="${enhanceScript}" defer=""></script></head>`);
  }
  return plain;
}
