/**
 * Next's static export refuses a dynamic route whose generateStaticParams returns nothing, so an
 * archive without any series (or regions, or page numbers) would not build. Such a route gets one
 * placeholder instead (lib/api/page-selection.ts), whose page is the 404 page: nothing links to it.
 */
export const placeholderParam = '_none';
