/**
 * XML for feeds and the sitemap, written by fast-xml-parser's builder, which escapes every text
 * and attribute value (& < > " '). No CDATA sections: a CDATA section ends at the first `]]>` in
 * its text, so a title holding `]]>` could close it and write elements of its own (the `feed`
 * library escaped only the first). Escaped text has no such end: whatever an article holds stays
 * text. The finished document is checked once more for characters XML 1.0 cannot carry at all
 * (the content contract refuses them in every field and body; this guards what reaches XML by
 * any other way, an environment variable say).
 */
import { XMLBuilder } from 'fast-xml-parser';
import { codePointName, notInXml } from '../records/unprinted';

/** An element's content: text, child elements by name (a list repeats the element), attributes as `@name`. */
export type XmlValue = string | number | XmlElement | readonly XmlValue[];
export interface XmlElement {
  readonly [name: string]: XmlValue | undefined;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false });

/** The document `<root>` with its declaration; `name` says which document a failure is about. */
export function xmlDocument(name: string, root: string, content: XmlElement): string {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [root]: content }) as string}`;
  const bad = notInXml.exec(xml);
  if (bad) throw new Error(`${name}: holds ${codePointName(bad[0])}, a character XML 1.0 forbids; it would make the document unreadable`);
  return xml;
}
