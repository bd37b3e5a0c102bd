/**
 * URL slugs: an article's (its file name, /articles/<slug>/) and a column's (/columns/<slug>/).
 * Each brand is made here and nowhere else, by a parser that checks the shape, so a slug in a
 * record is always one a URL can carry unescaped. Look-ups by slug take plain strings: a slug read
 * from an address is looked up, not trusted.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Longest slugs accepted: an article's file name, a column's path segment. */
export const slugLimits = { article: 80, column: 60 } as const;

declare const articleSlugBrand: unique symbol;
declare const columnSlugBrand: unique symbol;
/** An article's slug, its content file's name without .md: lowercase ASCII words joined by hyphens. */
export type Slug = string & { readonly [articleSlugBrand]: true };
/** A column's URL slug (shendu-guanzhu): ASCII, unique, never changed once published. */
export type ColumnSlug = string & { readonly [columnSlugBrand]: true };

const isSlugShaped = (value: string, limit: number) => value.length <= limit && slugPattern.test(value);

export function parseSlug(value: string): Slug | undefined {
  return isSlugShaped(value, slugLimits.article) ? (value as Slug) : undefined;
}

export function parseColumnSlug(value: string): ColumnSlug | undefined {
  return isSlugShaped(value, slugLimits.column) ? (value as ColumnSlug) : undefined;
}
