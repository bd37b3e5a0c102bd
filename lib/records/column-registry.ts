/**
 * Reads an archive's column registry: `columns.yaml` at the root of its content folder, one
 * entry per column (name as printed, URL slug, one-line description, optionally since/until),
 * in the order the columns list shows them. Checked like every content file: broken YAML, an
 * unknown key, a missing or overlong name, a slug that is not ASCII, a name or slug used twice
 * are each an error naming the file, the entry and the field. No registry file means no
 * columns: every article naming one is then an error that says where to register it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { columnNameKey, columnRegistry, type Column, type ColumnRegistry } from './columns';
import { contentError, type ContentError } from './errors';
import { parseYamlFile } from './frontmatter';
import { columnRegistryFields, columnRegistrySchema, contentLimits } from './schema';

export const registryFileName = 'columns.yaml';

export interface LoadedRegistry {
  readonly registry: ColumnRegistry;
  /** The registry file as messages name it, relative to the working directory. */
  readonly file: string;
  /** Its absolute path, so the loader can leave it out of the articles. */
  readonly path: string;
  readonly errors: readonly ContentError[];
  /** The registry's bytes, for the content snapshot's hash; empty when there is no file. */
  readonly source: string;
}

/**
 * The registry that governs a folder: its own columns.yaml, or the nearest one above it (a day's
 * folder of an archive is governed by the archive's registry).
 */
export function registryPathFor(root: string): { path: string; exists: boolean } {
  for (let folder = resolve(root); ; folder = dirname(folder)) {
    const path = join(folder, registryFileName);
    if (existsSync(path)) return { path, exists: true };
    if (dirname(folder) === folder) return { path: join(root, registryFileName), exists: false };
  }
}

export function loadColumnRegistry(root: string): LoadedRegistry {
  const { path: found, exists } = registryPathFor(root);
  // Content, read when pages render, not code to ship: left to Turbopack's file tracer, a path it
  // cannot know makes it trace the whole project folder (test and bench output included), which
  // tripled the compile step (23 s → 68 s on the seed with 340 MB of earlier test output beside it).
  const path = resolve(/*turbopackIgnore: true*/ found);
  const file = relative(process.cwd(), path) || path;
  if (!exists) return { registry: columnRegistry([]), file, path, errors: [], source: '' };
  const source = readFileSync(/*turbopackIgnore: true*/ path, 'utf8').replace(/^\uFEFF/u, '');
  if (source.length > contentLimits.fileBytes) {
    return { registry: columnRegistry([]), file, path, errors: [contentError('fileTooLarge', file, 'file', { bytes: source.length, limit: contentLimits.fileBytes })], source };
  }
  const parsed = parseYamlFile(source);
  if (!parsed.ok) {
    const error = 'anchor' in parsed ? contentError('yamlAnchor', file, 'yaml', { line: parsed.line, name: parsed.anchor }) : contentError('registryYaml', file, 'yaml', parsed);
    return { registry: columnRegistry([]), file, path, errors: [error], source };
  }
  const checked = columnRegistrySchema.safeParse(parsed.data);
  if (!checked.success) {
    return { registry: columnRegistry([]), file, path, errors: checked.error.issues.flatMap((issue) => issueErrors(file, issue, parsed.data)), source };
  }
  const columns: Column[] = checked.data.columns.map((entry, index) => ({
    name: entry.name,
    slug: entry.slug,
    ...(entry.description !== undefined && { description: entry.description }),
    order: index + 1,
    ...(entry.since !== undefined && { since: entry.since }),
    ...(entry.until !== undefined && { until: entry.until }),
  }));
  const errors = crossEntryErrors(file, columns);
  return { registry: columnRegistry(errors.length > 0 ? [] : columns), file, path, errors, source };
}

/** `columns[1] (金台潮声)`: the entry by its place and, where it has one, its name. */
function entryName(index: number, name: unknown): string {
  return typeof name === 'string' && name.trim() !== '' ? `columns[${index}] (${name.trim().slice(0, 20)})` : `columns[${index}]`;
}

function issueErrors(file: string, issue: z.core.$ZodIssue, data: unknown): ContentError[] {
  const [top, index, key] = issue.path;
  const entries = (data as { columns?: unknown[] } | null)?.columns;
  const entry = typeof index === 'number' ? entryName(index, (entries?.[index] as { name?: unknown } | undefined)?.name) : undefined;
  if (issue.code === 'unrecognized_keys') {
    const where = entry ?? String(top ?? 'registry');
    return issue.keys.map((unknown) => contentError('unknownField', file, `${where}.${unknown}`, { fields: columnRegistryFields, of: 'a column' }));
  }
  const field = entry ? (key === undefined ? entry : `${entry}.${String(key)}`) : top === undefined ? 'registry' : String(top);
  const hint = issue.code === 'custom' ? (issue.params?.hint as string | undefined) : undefined;
  return [{ file, field, message: issue.message, ...(hint ? { hint } : {}) }];
}

function crossEntryErrors(file: string, columns: readonly Column[]): ContentError[] {
  const errors: ContentError[] = [];
  const byKey = new Map<string, Column>();
  const bySlug = new Map<string, Column>();
  columns.forEach((column, index) => {
    const entry = entryName(index, column.name);
    const sameName = byKey.get(columnNameKey(column.name));
    if (sameName) errors.push(contentError('duplicateColumn', file, `${entry}.name`, { what: 'name', value: column.name, other: entryName(sameName.order - 1, sameName.name) }));
    else byKey.set(columnNameKey(column.name), column);
    const sameSlug = bySlug.get(column.slug);
    if (sameSlug) errors.push(contentError('duplicateColumn', file, `${entry}.slug`, { what: 'slug', value: column.slug, other: entryName(sameSlug.order - 1, sameSlug.name) }));
    else bySlug.set(column.slug, column);
    if (column.since && column.until && column.until < column.since) errors.push(contentError('columnDates', file, `${entry}.until`, { since: column.since, until: column.until }));
  });
  return errors;
}
