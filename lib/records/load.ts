/**
 * Reads every content file below a root folder into Article records, collecting every problem
 * as a ContentError instead of stopping at the first. Each file becomes exactly one article or
 * at least one error; nothing is dropped silently.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { basename, posix, relative, resolve, sep } from 'node:path';
import { listFiles, realpathOrSelf } from './list-files';
import { loadColumnRegistry, registryFileName } from './column-registry';
import type { ColumnRegistry } from './columns';
import type { z } from 'zod';
import { buildArticle, compareArticles, type Article } from './article';
import { contentError, type ContentError } from './errors';
import { splitFrontMatter } from './frontmatter';
import { markdownLimitErrors } from './markdown-limits';
import { renderMarkdown } from './markdown';
import { contentLimits, frontMatterFields, frontMatterSchema } from './schema';
import { parseSlug } from './slug';
import { seriesSlug } from './series-slug';

export interface LoadResult {
  /** Valid articles, newest first in page order. */
  readonly articles: readonly Article[];
  /** The archive's columns (column-registry.ts); empty when the registry itself is wrong. */
  readonly columns: ColumnRegistry;
  readonly errors: readonly ContentError[];
  /**
   * SHA-256 of the snapshot these records were parsed from: every file's path below the root and
   * the bytes read from it, so it names the content itself, not when or how it was saved.
   */
  readonly contentHash: string;
  /** The SHA-256 of every file read, by its path as `Article.file` names it. */
  readonly sources: ReadonlyMap<string, string>;
}

export interface LoadOptions {
  /** Where figure paths such as /images/x.jpg must exist; defaults to public/ beside the content. */
  readonly publicDir?: string;
  /**
   * A record parsed earlier from the same bytes of the same file, under the same code, registry
   * and public/ (an incremental build's previous snapshot, lib/build/incremental/): used instead
   * of parsing again. Files it does not know, or whose bytes changed, are parsed as usual.
   */
  readonly reuse?: (file: string, sha256: string) => Article | undefined;
}

export function loadArticles(root: string, options: LoadOptions = {}): LoadResult {
  const publicDir = options.publicDir ?? 'public';
  const errors: ContentError[] = [];
  const articles: Article[] = [];
  const sources = new Map<string, string>();
  const loaded = loadColumnRegistry(root);
  errors.push(...loaded.errors);
  const registry: RegistryInUse = { registry: loaded.registry, file: loaded.file, broken: loaded.errors.length > 0 };
  const { files, links } = listContentFiles(root);
  const snapshot = createHash('sha256').update(`${registryFileName}\0${loaded.source}\n`);
  for (const link of links) {
    errors.push(contentError('symlinkOutside', relative(process.cwd(), link.path) || link.path, 'file', { target: link.target }));
  }
  for (const path of files) {
    const file = relative(process.cwd(), path) || path;
    if (resolve(path) === loaded.path) continue;
    const result: FileResult = path.endsWith('.md') ? loadFileSafely(path, file, publicDir, registry, options.reuse) : failed(contentError('notContent', file, 'file name', { name: basename(path) }));
    snapshot.update(`${relative(root, path)}\0${result.sha256 ?? '-'}\n`);
    if (result.sha256 !== undefined) sources.set(file, result.sha256);
    if (result.ok) articles.push(result.article);
    else errors.push(...result.errors);
  }
  const crossFile = crossFileErrors(articles);
  // A file with a problem between files is an error too, not also a page.
  const wrongFiles = new Set(crossFile.map((error) => error.file));
  const valid = articles.filter((article) => !wrongFiles.has(article.file));
  return { articles: valid.sort(compareArticles), columns: loaded.registry, errors: [...errors, ...crossFile], contentHash: snapshot.digest('hex'), sources };
}

/** A file is one article or its errors, never both; `sha256` names the bytes read, where any were. */
type Parsed = { readonly ok: true; readonly article: Article } | { readonly ok: false; readonly errors: readonly ContentError[] };
type FileResult = Parsed & { readonly sha256?: string };
const failed = (...errors: ContentError[]): Parsed => ({ ok: false, errors });

/** What an article's column is resolved against. */
interface RegistryInUse {
  readonly registry: ColumnRegistry;
  /** The registry file as messages name it. */
  readonly file: string;
  readonly broken: boolean;
}

/** A file the checks above did not foresee is still that file's error, never the end of the others. */
function loadFileSafely(path: string, file: string, publicDir: string, columns: RegistryInUse, reuse: LoadOptions['reuse']): FileResult {
  try {
    return loadFile(path, file, publicDir, columns, reuse);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failed(contentError('fileFailed', file, 'file', { reason: reason.slice(0, 120) }));
  }
}

function loadFile(path: string, file: string, publicDir: string, columns: RegistryInUse, reuse: LoadOptions['reuse']): FileResult {
  // Read once: the record, and the hash that names the snapshot, come from these bytes.
  const bytes = readWithin(path, contentLimits.fileBytes);
  if (typeof bytes === 'number') return failed(contentError('fileTooLarge', file, 'file', { bytes, limit: contentLimits.fileBytes }));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const known = reuse?.(file, sha256);
  if (known) return { ok: true, article: known, sha256 };
  const source = decodeUtf8(bytes);
  if (typeof source !== 'string') return { ...failed(contentError('unreadableFile', file, 'file', source)), sha256 };
  return { ...parseSource(source, path, file, publicDir, columns), sha256 };
}

/**
 * A file's bytes, or its size when over the limit: checked before reading, so nothing below has
 * to handle a file of any size. One open and one status of the open file, not a status by path
 * and then a read (a second lookup of the path: 0.9 s of an incremental build at 100,000 stories).
 */
function readWithin(path: string, limit: number): Buffer | number {
  const descriptor = openSync(path, 'r');
  try {
    const { size } = fstatSync(descriptor);
    if (size > limit) return size;
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    // To the size found: a file saved again while read is what was read, named by its hash.
    for (let got = -1; read < size && got !== 0; read += got) got = readSync(descriptor, bytes, read, size - read, read);
    return bytes.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

function parseSource(source: string, path: string, file: string, publicDir: string, columns: RegistryInUse): Parsed {
  const errors: ContentError[] = [];
  const slug = parseSlug(basename(path, '.md'));
  if (!slug) errors.push(contentError('invalidSlug', file, 'file name', { name: basename(path) }));

  const split = splitFrontMatter(source);
  if (!split.ok) {
    const error = 'anchor' in split ? contentError('yamlAnchor', file, 'yaml', { line: split.line, name: split.anchor }) : contentError('yamlSyntax', file, 'yaml', split);
    return failed(...errors, error);
  }
  const parsed = frontMatterSchema.safeParse(split.data);
  if (!parsed.success) errors.push(...parsed.error.issues.flatMap((issue) => issueErrors(file, issue)));
  if (split.body.trim() === '') errors.push(contentError('emptyBody', file, 'body', {}));
  // The body's first line in the file: the lines before it are the front-matter and its --- lines.
  const firstBodyLine = source.split('\n').length - split.body.split('\n').length + 1;
  errors.push(...markdownLimitErrors(split.body, firstBodyLine).map((error) => contentError(error.kind, file, 'body', error.params)));
  (parsed.data?.figures ?? []).forEach((figure, index) => {
    const problem = figure.src?.startsWith('/') ? sitePathProblem(figure.src, publicDir) : undefined;
    if (problem) errors.push(contentError(problem, file, `figures[${index}].src`, { src: figure.src! }));
  });
  const columnName = parsed.data?.column;
  const column = columnName === undefined ? undefined : columns.registry.find(columnName);
  // A broken registry is reported once, not again for every article naming a column.
  if (columnName !== undefined && !column && !columns.broken) {
    errors.push(contentError('unknownColumn', file, 'column', { value: columnName, registered: columns.registry.columns.map((known) => known.name), registry: columns.file }));
  }
  if (errors.length > 0 || !parsed.success || !slug) return failed(...errors);
  try {
    return { ok: true, article: buildArticle(slug, file, parsed.data, renderMarkdown(split.body), column) };
  } catch (error) {
    // One body the renderer cannot handle is this file's error, never the end of the others.
    return failed(contentError('markdownFailed', file, 'body', { reason: error instanceof Error ? error.message.slice(0, 120) : String(error).slice(0, 120) }));
  }
}

/**
 * A figure path from the site root must name a file inside public/: normalised, with no .. that
 * climbs out and no backslash (which browsers read as a slash, so /\\host/x is another host).
 * Only then is public/ asked whether the file exists.
 */
function sitePathProblem(src: string, publicDir: string): 'figureOutsidePublic' | 'missingFigureFile' | undefined {
  const normalised = posix.normalize(src);
  const base = resolve(publicDir);
  const target = resolve(base, `.${normalised}`);
  if (src.includes('\\') || normalised !== src || !normalised.startsWith('/') || normalised.startsWith('//') || !target.startsWith(base + sep)) return 'figureOutsidePublic';
  // Content, not code: untraced (lib/records/column-registry.ts says why).
  return existsSync(/*turbopackIgnore: true*/ target) ? undefined : 'missingFigureFile';
}

/** Returns the text, or why it is not UTF-8 (e.g. a page saved as GBK). */
function decodeUtf8(bytes: Uint8Array): string | { reason: string } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

function issueErrors(file: string, issue: z.core.$ZodIssue): ContentError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => contentError('unknownField', file, key, { fields: frontMatterFields }));
  }
  const hint = issue.code === 'custom' ? (issue.params?.hint as string | undefined) : undefined;
  return [{ file, field: fieldName(issue.path), message: issue.message, ...(hint ? { hint } : {}) }];
}

/** ['figures', 1, 'caption'] → figures[1].caption */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'front-matter';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('');
}

/** Problems between files: slugs used twice, related slugs that do not exist, series pages that clash. */
function crossFileErrors(articles: readonly Article[]): ContentError[] {
  const errors: ContentError[] = [...seriesSlugErrors(articles), ...positionErrors(articles)];
  const filesBySlug = new Map<string, Article[]>();
  for (const article of articles) filesBySlug.set(article.slug, [...(filesBySlug.get(article.slug) ?? []), article]);
  for (const article of articles) {
    for (const other of filesBySlug.get(article.slug)!.filter((same) => same !== article)) {
      errors.push(contentError('duplicateSlug', article.file, 'file name', { slug: article.slug, otherFile: other.file }));
    }
    article.related.forEach((slug, index) => {
      if (!filesBySlug.has(slug) || slug === article.slug) {
        errors.push(contentError('unknownRelated', article.file, `related[${index}]`, { slug, self: slug === article.slug }));
      }
    });
  }
  return errors;
}

/** Two stories printed at the same place of the same page: one of them has the wrong page or position. */
function positionErrors(articles: readonly Article[]): ContentError[] {
  const errors: ContentError[] = [];
  const byPlace = new Map<string, Article>();
  for (const article of [...articles].sort((a, b) => (a.file < b.file ? -1 : 1))) {
    if (article.page === undefined || article.position === undefined) continue;
    const place = `${article.date}/${article.page}/${article.position}`;
    const first = byPlace.get(place);
    if (!first) byPlace.set(place, article);
    else errors.push(contentError('duplicatePosition', article.file, 'position', { edition: `${article.date} page ${article.page}`, position: article.position, otherFile: first.file }));
  }
  return errors;
}

/** Every series gets a page named by its slug: two names with one slug, or a name with none, are errors. */
function seriesSlugErrors(articles: readonly Article[]): ContentError[] {
  const errors: ContentError[] = [];
  const firstBySlug = new Map<string, Article>();
  for (const article of articles) {
    if (!article.series) continue;
    const slug = seriesSlug(article.series.name);
    if (slug === '') {
      errors.push(contentError('emptySeriesSlug', article.file, 'series', { series: article.series.name }));
      continue;
    }
    const first = firstBySlug.get(slug);
    if (!first) firstBySlug.set(slug, article);
    else if (first.series!.name !== article.series.name) {
      errors.push(contentError('seriesSlugClash', article.file, 'series', { series: article.series.name, other: first.series!.name, slug, otherFile: first.file }));
    }
  }
  return errors;
}

/**
 * The files below the content root, following symbolic links that stay inside it: a link that
 * leads out is reported, never read or skipped without a word.
 */
function listContentFiles(root: string): { files: string[]; links: { path: string; target: string }[] } {
  const base = realpathOrSelf(root);
  const files: string[] = [];
  const links: { path: string; target: string }[] = [];
  for (const entry of listFiles(root, { links: true })) {
    if (!entry.link) files.push(entry.path);
    else {
      const target = realpathOrSelf(entry.path);
      if (target.startsWith(base + sep) && existsSync(target) && statSync(target).isFile()) files.push(entry.path);
      else links.push({ path: entry.path, target });
    }
  }
  return { files, links };
}
