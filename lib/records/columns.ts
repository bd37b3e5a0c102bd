/**
 * The columns (栏目) an archive prints: the editors' data, read from the registry file in the
 * content folder (column-registry.ts), never a list in code. The paper starts and stops columns
 * over the years; adding one is a line of data. In a record a column is a registered Column,
 * resolved when the file is read (as a region is), never any string: a typo in a content file is
 * an error naming the file and the field.
 */
import type { IsoDate } from './iso-date';
import type { ColumnSlug } from './slug';

export type { ColumnSlug } from './slug';

export interface Column {
  /** As printed in the page's column header: 我是党员，我在岗位. */
  readonly name: string;
  readonly slug: ColumnSlug;
  /** One line for the list of columns; a column the importer just registered has none yet. */
  readonly description?: string;
  /** Its place in the registry, 1 first: the order the columns list shows. */
  readonly order: number;
  /** When it first and last ran (YYYY-MM-DD), where the editors know. */
  readonly since?: IsoDate;
  readonly until?: IsoDate;
}

/** The heading of the group of articles printed without a column header. */
export const noColumnLabel = '本版其他报道';

/**
 * A name as compared: without spaces and the commas and dots the raw text or an editor may leave
 * out or print half-width, so 我是党员我在岗位 names 我是党员，我在岗位.
 */
export const columnNameKey = (name: string): string => name.normalize('NFKC').replace(/[\s,，、·・•.。]/gu, '');

export interface ColumnRegistry {
  /** In registry order. */
  readonly columns: readonly Column[];
  /** By its printed name or a short form of it. */
  find(name: string): Column | undefined;
  bySlug(slug: string): Column | undefined;
}

export function columnRegistry(columns: readonly Column[]): ColumnRegistry {
  const byKey = new Map(columns.map((column) => [columnNameKey(column.name), column]));
  const bySlug = new Map<string, Column>(columns.map((column) => [column.slug, column]));
  const ordered = [...columns].sort((a, b) => a.order - b.order);
  return {
    columns: ordered,
    find: (name) => byKey.get(columnNameKey(name)),
    bySlug: (slug) => bySlug.get(slug),
  };
}

/** What a column's page and feed say about it: its registered line, or a plain one until the editors write it. */
export const columnDescription = (column: Column): string => column.description ?? `“${column.name}”栏目的文章。`;
