/**
 * Which pages this build renders. A full build renders every page; an incremental build
 * (lib/build/incremental/) writes the paths whose inputs changed to a file named by
 * PAGE_SELECTION, and every dynamic route's generateStaticParams keeps only those, so Next
 * renders a day's pages instead of the archive's. Where the variable is set, a missing or damaged
 * file is an error, never a reason to render everything or nothing.
 */
import { readFileSync } from 'node:fs';
import type { StaticPage } from './static-pages';
import { awaitBuildFile } from './build-files';

export const pageSelectionVariable = 'PAGE_SELECTION';

/** Bump when the file's fields change. */
const selectionFormat = 1;

interface SelectionFile {
  readonly format: number;
  readonly render: readonly string[];
}

export function pageSelectionText(render: readonly string[]): string {
  const file: SelectionFile = { format: selectionFormat, render };
  return JSON.stringify(file);
}

let selection: ReadonlySet<string> | null | undefined;

function readSelection(): ReadonlySet<string> | null {
  const path = process.env[pageSelectionVariable];
  if (!path) return null;
  awaitBuildFile(path);
  let file: SelectionFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as SelectionFile;
  } catch (error) {
    throw new Error(`the build's page selection ${path} cannot be read (${error instanceof Error ? error.message : String(error)}); run npm run build again`);
  }
  if (file.format !== selectionFormat || !Array.isArray(file.render)) throw new Error(`the build's page selection ${path} is not of format ${selectionFormat}; run npm run build again`);
  return new Set(file.render);
}

/**
 * The parameters of the pages this build renders: all of them, or the selection's. A full
 * build of a route without pages renders the placeholder instead (lib/view/static-params.ts); an
 * incremental build that renders none of a route's pages renders nothing of it.
 */
export function paramsToRender<Params>(pages: readonly StaticPage<Params>[], placeholder?: Params): Params[] {
  if (selection === undefined) selection = readSelection();
  const chosen = selection;
  if (chosen) return pages.filter((page) => chosen.has(page.path)).map((page) => page.params);
  return pages.length === 0 && placeholder ? [placeholder] : pages.map((page) => page.params);
}
