import { serializeJsonLd } from '@/lib/view/json-ld';

/** Structured data for search engines; the serialiser escapes anything that could end the tag. */
export function JsonLd({ data }: { readonly data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
