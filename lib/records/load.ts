/**
 * Reads every content file below a root folder into Article records, collecting every problem
 * as a ContentError instead of stopping at the first. Each file becomes exactly one article or
 * at least one error; nothing is dropped silently.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { listFiles } from './list-files';
import type { z } from 'zod';
import { buildArticle, compareArticles, type Article, type Slug } from './article';
import { contentError, type ContentError } from './errors';
import { splitFrontMatter } from './frontmatter';
import { renderMarkdown } from './markdown';
import { frontMatterFields, frontMatterSchema, slugPattern } from './schema';

export interface LoadResult {
  /** Valid articles, newest first in page order. */
  readonly articles: readonly Article[];
  readonly errors: readonly ContentError[];
}

export interface LoadOptions {
  /** Where figure paths such as /images/x.jpg must exist; defaults to public/ beside the content. */
  readonly publicDir?: string;
}

export function loadArticles(root: string, options: LoadOptions = {}): LoadResult {
  const publicDir = options.publicDir ?? 'public';
  const errors: ContentError[] = [];
  const articles: Article[] = [];
  for (const path of listFiles(root)) {
    const file = relative(process.cwd(), path) || path;
    const result = path.endsWith('.md')
      ? loadFile(path, file, publicDir)
      : { errors: [contentError('notContent', file, 'file name', { name: basename(path) })] };
    errors.push(...result.errors);
    if ('article' in result && result.article) articles.push(result.article);
  }
  const crossFile = crossFileErrors(articles);
  // A file with a problem between files is an error too, not also a page.
  const wrongFiles = new Set(crossFile.map((error) => error.file));
  const valid = articles.filter((article) => !wrongFiles.has(article.file));
  return { articles: valid.sort(compareArticles), errors: [...errors, ...crossFile] };
}

function loadFile(path: string, file: string, publicDir: string): { article?: Article; errors: ContentError[] } {
  const source = readUtf8(path);
  if (typeof source !== 'string') return { errors: [contentError('unreadableFile', file, 'file', source)] };
  const errors: ContentError[] = [];
  const name = basename(path, '.md');
  if (!slugPattern.test(name)) errors.push(contentError('invalidSlug', file, 'file name', { name: basename(path) }));

  const split = splitFrontMatter(source);
  if (!split.ok) return { errors: [...errors, contentError('yamlSyntax', file, 'yaml', split)] };
  const parsed = frontMatterSchema.safeParse(split.data);
  if (!parsed.success) errors.push(...parsed.error.issues.flatMap((issue) => issueErrors(file, issue)));
  if (split.body.trim() === '') errors.push(contentError('emptyBody', file, 'body', {}));
  for (const figure of parsed.data?.figures ?? []) {
    if (figure.src?.startsWith('/') && !existsSync(join(publicDir, figure.src))) {
      errors.push(contentError('missingFigureFile', file, 'figures', { src: figure.src }));
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  return { article: buildArticle(name as Slug, file, parsed.data, renderMarkdown(split.body)), errors };
}

/** Returns the text, or why it is not UTF-8 (e.g. a page saved as GBK). */
function readUtf8(path: string): string | { reason: string } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)).replace(/^\uFEFF/u, '');
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

function issueErrors(file: string, issue: z.core.$ZodIssue): ContentError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      field: key,
      message: 'unknown field',
      hint: `the fields are: ${frontMatterFields.join(', ')}`,
    }));
  }
  const hint = issue.code === 'custom' ? (issue.params?.hint as string | undefined) : undefined;
  return [{ file, field: fieldName(issue.path), message: issue.message, ...(hint ? { hint } : {}) }];
}

/** ['figures', 1, 'caption'] → figures[1].caption */
function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'front-matter';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('');
}

/** Problems between files: slugs used twice, related slugs that do not exist. */
function crossFileErrors(articles: readonly Article[]): ContentError[] {
  const errors: ContentError[] = [];
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
