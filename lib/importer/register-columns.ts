/**
 * Adds the columns an imported page prints and the registry lacks to the registry file's text,
 * after what is there, so the editors' own comments and order stay as they wrote them. A new
 * entry has a name and a slug; its description is theirs to write.
 */
import yaml from 'js-yaml';
import type { NewColumn } from '.';

const header = '# 栏目: the columns this archive prints, in the order of the list (name as printed, URL slug,\n# a one-line description; since/until where known). See the README, "Columns".\ncolumns:\n';

export function registryWithNewColumns(source: string, columns: readonly NewColumn[]): string {
  const entries = columns.map((column) => `  - ${yaml.dump({ name: column.name, slug: column.slug }, { lineWidth: -1 }).trimEnd().replace(/\n/gu, '\n    ')}\n`).join('');
  if (source.trim() === '') return `${header}${entries}`;
  // An empty list written as `columns: []` takes the entries in its place.
  const base = source.replace(/^columns:\s*\[\s*\]\s*$/mu, 'columns:');
  return `${base.endsWith('\n') ? base : `${base}\n`}${entries}`;
}
