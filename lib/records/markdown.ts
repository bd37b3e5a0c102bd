/**
 * The Markdown pipeline: remark → sanitised HTML, plus what pages derive from the body
 * (plain-text excerpt, character count, reading time, section headings).
 *
 * Raw HTML in a body is never trusted: remark-html drops it and sanitises the output with
 * GitHub's schema, so no script, event handler or javascript: URL can reach a page.
 */
import GithubSlugger from 'github-slugger';
import type { Heading as MdastHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { defaultSchema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

export interface SectionHeading {
  /** The anchor of the heading in the rendered body (without #). */
  readonly id: string;
  readonly text: string;
}

export interface RenderedBody {
  readonly html: string;
  readonly headings: readonly SectionHeading[];
  /** The opening of the text, for lists and descriptions. */
  readonly excerpt: string;
  /** Characters of text, white space excluded: the measure Chinese readers and editors use. */
  readonly characterCount: number;
  readonly readingMinutes: number;
}

/** Chinese is read at roughly 400 characters a minute. */
const charactersPerMinute = 400;
const excerptLength = 120;
/** The sanitiser prefixes ids so that content cannot clobber globals such as `window.name`. */
const headingIdPrefix = 'section-';

const processor = remark()
  .use(remarkHtml, { sanitize: { ...defaultSchema, clobberPrefix: headingIdPrefix } });

export function renderMarkdown(markdown: string): RenderedBody {
  const tree = processor.parse(markdown);
  const headings = addHeadingIds(tree);
  const paragraphs = blockTexts(tree, 'paragraph');
  const plainText = toString(tree);
  const characterCount = countCharacters(plainText);
  const html = String(processor.stringify(processor.runSync(tree) as Root));
  return {
    html,
    headings,
    excerpt: excerptOf(paragraphs),
    characterCount,
    readingMinutes: readingMinutes(plainText),
  };
}

/** Section headings (## only, the level articles use) get stable, readable ids: 实训实干. */
function addHeadingIds(tree: Root): SectionHeading[] {
  const slugger = new GithubSlugger();
  const headings: SectionHeading[] = [];
  visit(tree, 'heading', (node: MdastHeading) => {
    const text = toString(node).trim();
    const id = slugger.slug(text);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    if (node.depth === 2) headings.push({ id: headingIdPrefix + id, text });
  });
  return headings;
}

function blockTexts(tree: Root, type: 'paragraph'): string[] {
  return tree.children.filter((node) => node.type === type).map((node) => toString(node).trim());
}

export function countCharacters(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}

/** Punctuation is not read: the 400-a-minute pace is of characters (and digits, Latin letters). */
export function readingMinutes(text: string): number {
  const readable = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return Math.max(1, Math.round(readable / charactersPerMinute));
}

/** The opening of the text, ending on a whole sentence where one ends late enough. */
export function excerptOf(paragraphs: readonly string[]): string {
  const text = paragraphs.join('');
  const characters = [...text];
  if (characters.length <= excerptLength) return text;
  const head = characters.slice(0, excerptLength).join('');
  const sentenceEnd = /[。！？][”’」』]?/gu;
  let end = -1;
  for (const match of head.matchAll(sentenceEnd)) end = match.index + match[0].length;
  return end >= head.length / 2 ? head.slice(0, end) : `${head}……`;
}
