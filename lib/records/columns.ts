/**
 * The column (栏目) registry. A column is one of these registered values, never a free string:
 * a typo in a content file is an error, and adding a column here makes the compiler point at
 * every place that must handle it.
 */
export const columns = [
  {
    id: '深度关注',
    displayName: '深度关注',
    slug: 'shendu-guanzhu',
    description: '围绕一个主题连续刊发的系列深度报道。',
    order: 1,
  },
  {
    id: '金台潮声',
    displayName: '金台潮声',
    slug: 'jintai-chaosheng',
    description: '人民日报党建版的评论专栏。',
    order: 2,
  },
  {
    id: '我是党员我在岗位',
    // As printed in the page's column header; the id drops the comma so editors can type it.
    displayName: '我是党员，我在岗位',
    slug: 'wo-shi-dangyuan',
    description: '讲述一名普通党员在岗位上的担当与奉献。',
    order: 3,
  },
] as const;

export type Column = (typeof columns)[number];
export type ColumnId = Column['id'];
export type ColumnSlug = Column['slug'];

/** The heading of the group of articles printed without a column header. */
export const noColumnLabel = '本版其他报道';

const byId = new Map<string, Column>(columns.map((column) => [column.id, column]));
const bySlug = new Map<string, Column>(columns.map((column) => [column.slug, column]));
// Editors may write the printed display name too; both mean the same registered column.
const byName = new Map<string, Column>([
  ...byId,
  ...columns.map((column) => [column.displayName, column] as const),
]);

export function isColumnId(value: string): value is ColumnId {
  return byId.has(value);
}

/** Finds a column by its id or its printed display name. */
export function findColumnByName(name: string): Column | undefined {
  return byName.get(name.trim());
}

export function getColumn(id: ColumnId): Column {
  const column = byId.get(id);
  if (!column) throw new Error(`column ${id} is not registered`);
  return column;
}

export function findColumnBySlug(slug: string): Column | undefined {
  return bySlug.get(slug);
}

/** Columns in the order the page prints them. */
export function columnsInOrder(): readonly Column[] {
  return [...columns].sort((a, b) => a.order - b.order);
}
