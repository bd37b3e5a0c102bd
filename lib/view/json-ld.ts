/**
 * JSON-LD inside a <script> tag: JSON.stringify alone would let a title containing </script>
 * close the tag, so <, > and & are written as Unicode escapes, which JSON parsers read back.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}
