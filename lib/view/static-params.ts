/**
 * Next's static export refuses a dynamic route whose generateStaticParams returns nothing, so an
 * archive without any series (or regions, or page numbers) would not build. Such a route gets one
 * placeholder instead, whose page is the 404 page: nothing links to it.
 */
export const placeholderParam = '_none';

export function atLeastOne<Params extends Record<string, string | string[]>>(params: Params[], placeholder: Params): Params[] {
  return params.length > 0 ? params : [placeholder];
}
