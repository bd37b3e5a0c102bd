/**
 * Calendar dates written YYYY-MM-DD, the one form dates take in records, URLs and the index
 * (it sorts as text). The brand is made here and nowhere else.
 */
declare const isoDateBrand: unique symbol;
export type IsoDate = string & { readonly [isoDateBrand]: true };

/** A real calendar day: 2024-02-30 is refused, not rolled over to March. */
export function parseIsoDate(value: string): IsoDate | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? (value as IsoDate) : undefined;
}

export const isIsoDate = (value: string): value is IsoDate => parseIsoDate(value) !== undefined;
