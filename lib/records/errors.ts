/**
 * Content errors as values. Loading collects every problem in every file, and the CLI and the
 * build print them together, so an editor fixes a batch of files in one pass. The kinds live in
 * one catalogue, so the wording is consistent and tests can pin it.
 */
import { codePointName, unprintedInField } from './unprinted';
import { slugLimits } from './slug';

export interface ContentError {
  /** Path of the content file, relative to the working directory. */
  readonly file: string;
  /** The front-matter field (e.g. `figures[1].caption`), `body`, `yaml` or `file name`. */
  readonly field: string;
  readonly message: string;
  /** What to do about it, when there is something more to say than the message. */
  readonly hint?: string;
}

type ErrorKind<Params> = {
  readonly title: string;
  readonly message: (params: Params) => string;
  readonly hint?: (params: Params) => string;
};

const kind = <Params>(definition: ErrorKind<Params>) => definition;

/**
 * A value from a content file as a message shows it: short enough for one line (never the whole
 * value), with control and text-direction characters written as code points, so a message never
 * drives a terminal (ESC) or reorders itself (U+202E).
 */
export function excerpt(value: string, length = 40): string {
  const chars = [...value].map((char) => (unprintedInField.test(char) ? codePointName(char) : char));
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : chars.join('');
}

export const contentErrorKinds = {
  yamlSyntax: kind<{ line: number | undefined; reason: string }>({
    title: 'Broken YAML front-matter',
    message: ({ line, reason }) => `the front-matter is not valid YAML${line ? ` at line ${line}` : ''}: ${reason}`,
    hint: () => 'quote values that contain a colon followed by a space, and indent lists consistently',
  }),
  invalidField: kind<{ expected: string }>({
    title: 'Invalid field',
    message: ({ expected }) => `expected ${expected}`,
  }),
  unknownColumn: kind<{ value: string; registered: readonly string[]; registry: string }>({
    title: 'Unknown column',
    message: ({ value }) => `unknown column "${excerpt(value)}"`,
    hint: ({ registered, registry }) =>
      `add it to ${registry} (name, slug, description) if the paper prints a new column; registered columns: ${registered.length > 0 ? registered.join(', ') : 'none'}; leave the field out for an article printed without a column`,
  }),
  registryYaml: kind<{ line: number | undefined; reason: string }>({
    title: 'Broken column registry',
    message: ({ line, reason }) => `the column registry is not valid YAML${line ? ` at line ${line}` : ''}: ${reason}`,
    hint: () => 'write one entry per column under columns:, each with name: and slug:, indented alike',
  }),
  duplicateColumn: kind<{ what: 'name' | 'slug'; value: string; other: string }>({
    title: 'Column registered twice',
    message: ({ what, value, other }) => `the ${what} "${excerpt(value)}" is also that of ${other}`,
    hint: ({ what }) => (what === 'slug' ? 'each column needs a URL slug of its own' : 'each column is registered once; two spellings of one name (with or without ，) are one column'),
  }),
  columnDates: kind<{ since: string; until: string }>({
    title: 'Column ends before it starts',
    message: ({ since, until }) => `until ${until} is before since ${since}`,
  }),
  unknownRegion: kind<{ value: string; suggestions: readonly string[] }>({
    title: 'Unknown region',
    message: ({ value }) => `unknown region "${excerpt(value)}"`,
    hint: ({ suggestions }) =>
      suggestions.length > 0
        ? `did you mean: ${suggestions.join(', ')}?`
        : 'write the full name from the province down (福建省泉州市鲤城区) or the 6-digit code (350502)',
  }),
  ambiguousRegion: kind<{ value: string; candidates: readonly string[] }>({
    title: 'Ambiguous region',
    message: ({ value, candidates }) => `region "${excerpt(value)}" is ambiguous: it names ${candidates.length} places`,
    hint: ({ candidates }) => `write one of: ${candidates.join(', ')}`,
  }),
  duplicateRegion: kind<{ value: string }>({
    title: 'Duplicate region',
    message: ({ value }) => `${excerpt(value)} is listed twice`,
  }),
  emptyBody: kind<Record<string, never>>({
    title: 'Empty body',
    message: () => 'the article has no body text',
    hint: () => 'write the article text below the closing --- of the front-matter',
  }),
  invalidSlug: kind<{ name: string }>({
    title: 'Invalid file name',
    message: ({ name }) => `"${excerpt(name)}" is not a valid slug: expected lowercase ASCII letters, digits and single hyphens, at most ${slugLimits.article} before .md`,
    hint: () => 'the file name becomes the article URL, e.g. quanzhou-ganbu-dandang.md',
  }),
  duplicateSlug: kind<{ slug: string; otherFile: string }>({
    title: 'Duplicate slug',
    message: ({ slug, otherFile }) => `slug "${slug}" is also used by ${otherFile}`,
    hint: () => 'slugs are unique across the archive, whatever folder a file is in: rename one of the files',
  }),
  duplicatePosition: kind<{ edition: string; position: number; otherFile: string }>({
    title: 'Two stories in one place',
    message: ({ edition, position, otherFile }) => `${edition}, position ${position} is also the place of ${otherFile}`,
    hint: () => 'each story has its own position on its page: correct the position (or the page) of one of them',
  }),
  unknownRelated: kind<{ slug: string; self: boolean }>({
    title: 'Unknown related article',
    message: ({ slug, self }) => (self ? `an article cannot be related to itself ("${excerpt(slug)}")` : `related article "${excerpt(slug)}" does not exist`),
    hint: () => 'list the slugs (file names without .md) of other articles in the archive',
  }),
  notContent: kind<{ name: string }>({
    title: 'Not a content file',
    message: ({ name }) => `"${excerpt(name)}" is not a Markdown content file: expected a name ending in .md`,
    hint: () => 'content/ holds only articles; images go under public/',
  }),
  missingFigureFile: kind<{ src: string }>({
    title: 'Missing figure image',
    message: ({ src }) => `image "${excerpt(src, 80)}" is not in public/`,
    hint: () => 'put the image under public/ and write its path from the site root, or leave src out',
  }),
  unreadableFile: kind<{ reason: string }>({
    title: 'Unreadable file',
    message: ({ reason }) => `the file cannot be read as UTF-8 text: ${reason}`,
  }),
  fileTooLarge: kind<{ bytes: number; limit: number }>({
    title: 'File too large',
    message: ({ bytes, limit }) => `the file has ${bytes} bytes; a content file has at most ${limit}`,
    hint: () => 'one file holds one article; split a longer text or check that nothing was pasted twice',
  }),
  tooLong: kind<{ length: number; limit: number }>({
    title: 'Value too long',
    message: ({ length, limit }) => `is ${length} characters long; at most ${limit}`,
    hint: () => 'no printed paper prints a field this long: check that nothing else was pasted into it',
  }),
  tooMany: kind<{ count: number; limit: number }>({
    title: 'Too many entries',
    message: ({ count, limit }) => `has ${count} entries; at most ${limit}`,
  }),
  imageHostNotAllowed: kind<{ host: string; plain: boolean; allowed: readonly string[] }>({
    title: 'Image from a host the site does not name',
    message: ({ host, plain }) => (plain ? `an image from ${host}, a host the site does not name` : `an image URL on ${host} with a user name, password or port, which the site does not load`),
    hint: ({ allowed }) =>
      `every reader's browser would call that host; put the image under public/ and write its path (/images/x.jpg), or add the host to IMAGE_HOSTS (${allowed.length > 0 ? `now: ${allowed.join(', ')}` : 'none set'})`,
  }),
  controlCharacter: kind<{ codePoint: string; position: number }>({
    title: 'Control character',
    message: ({ codePoint, position }) => `contains the character ${codePoint} at character ${position}, which no page prints`,
    hint: () => 'delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds',
  }),
  bodyControlCharacter: kind<{ codePoint: string; line: number }>({
    title: 'Control character in the body',
    message: ({ codePoint, line }) => `contains the character ${codePoint} at line ${line}, which no page prints`,
    hint: () => 'delete it: control and text-direction characters (NUL, ESC, U+202E…) can disguise text, and noncharacters (U+FFFE, U+FFFF…) and lone surrogates would break the feeds',
  }),
  invisibleText: kind<Record<string, never>>({
    title: 'Invisible text',
    message: () => 'has no visible character: expected printed text',
    hint: () => 'zero-width and other format characters alone print nothing',
  }),
  outOfRange: kind<{ value: number; min: number; max: number; what: string }>({
    title: 'Number out of range',
    message: ({ value, min, max, what }) => `${value} is not a ${what}: expected a whole number from ${min} to ${max}`,
  }),
  dateOutOfRange: kind<{ value: string; first: string; last: string }>({
    title: 'Date out of range',
    message: ({ value, first, last }) => `${excerpt(value)} is outside the paper's dates: expected a day from ${first} (the first issue) to ${last} (tomorrow)`,
  }),
  yamlAnchor: kind<{ line: number | undefined; name: string }>({
    title: 'YAML anchor or alias',
    message: ({ line, name }) => `the front-matter uses the YAML anchor &${excerpt(name)}${line ? ` at line ${line}` : ''}: anchors and aliases (&name, *name) are not allowed`,
    hint: () => 'write each value out where it belongs; an alias can repeat a value without limit',
  }),
  markdownTooDeep: kind<{ depth: number; limit: number; line: number }>({
    title: 'Markdown nested too deep',
    message: ({ depth, limit, line }) => `block quotes or lists are nested ${depth > limit ? `more than ${limit}` : depth} deep at line ${line}; at most ${limit}`,
    hint: () => 'a newspaper article has no deeply nested quotes or lists: check the > and - at the start of the line',
  }),
  tooMuchEmphasis: kind<{ count: number; limit: number }>({
    title: 'Too many emphasis marks',
    message: ({ count, limit }) => `has ${count} * and _ marks; at most ${limit}`,
    hint: () => 'write * or _ meant as text as \\* or \\_',
  }),
  tooManyBrackets: kind<{ count: number; limit: number }>({
    title: 'Too many brackets',
    message: ({ count, limit }) => `has ${count} [ brackets; at most ${limit}`,
    hint: () => 'write [ meant as text as \\[, or use the full-width 【】 the paper prints',
  }),
  fileFailed: kind<{ reason: string }>({
    title: 'File not loaded',
    message: ({ reason }) => `the file could not be loaded: ${reason}`,
  }),
  markdownFailed: kind<{ reason: string }>({
    title: 'Markdown not rendered',
    message: ({ reason }) => `the body could not be rendered: ${reason}`,
  }),
  figureOutsidePublic: kind<{ src: string }>({
    title: 'Figure path outside public/',
    message: ({ src }) => `image path "${excerpt(src, 80)}" leaves the site's public/ folder`,
    hint: () => 'write the path from the site root without .. or backslashes, e.g. /images/2024/x.jpg, or an https:// URL',
  }),
  seriesSlugClash: kind<{ series: string; other: string; slug: string; otherFile: string }>({
    title: 'Series slug clash',
    message: ({ series, other, slug, otherFile }) => `series "${series}" and series "${other}" (${otherFile}) would share the page /series/${slug}/`,
    hint: () => 'two series need names whose pinyin differs: rename one of them',
  }),
  emptySeriesSlug: kind<{ series: string }>({
    title: 'Series without a slug',
    message: ({ series }) => `series "${series}" has no letters or Chinese characters to name its page after`,
    hint: () => 'give the series a name in words',
  }),
  unknownField: kind<{ fields: readonly string[]; of?: string }>({
    title: 'Unknown field',
    message: () => 'unknown field',
    hint: ({ fields, of }) => `the fields${of ? ` of ${of}` : ''} are: ${fields.join(', ')}`,
  }),
  seriesPartWithoutSeries: kind<Record<string, never>>({
    title: 'Series part without a series',
    message: () => 'a series part needs a series: add the series name',
  }),
  symlinkOutside: kind<{ target: string }>({
    title: 'Link outside the content folder',
    message: ({ target }) => `is a symbolic link to ${target}, outside the content folder`,
    hint: () => 'copy the file into the content folder instead of linking to it',
  }),
} as const;

type Kinds = typeof contentErrorKinds;
export type ContentErrorKind = keyof Kinds;
export type ErrorParams<K extends ContentErrorKind> = Parameters<Kinds[K]['message']>[0];

/** The message and hint of a catalogued kind, for callers that attach them elsewhere (zod issues). */
export function describeError<K extends ContentErrorKind>(kindName: K, params: ErrorParams<K>): { message: string; hint?: string } {
  const definition = contentErrorKinds[kindName] as ErrorKind<ErrorParams<K>>;
  const hint = definition.hint?.(params);
  return { message: definition.message(params), ...(hint ? { hint } : {}) };
}

/** Creates a ContentError of a catalogued kind. */
export function contentError<K extends ContentErrorKind>(kindName: K, file: string, field: string, params: ErrorParams<K>): ContentError {
  return { file, field, ...describeError(kindName, params) };
}

/** One line an editor can act on: `content/x.md: column: unknown column "…" (registered columns: …)`. */
export function formatContentError(error: ContentError): string {
  return `${error.file}: ${error.field}: ${error.message}${error.hint ? ` (${error.hint})` : ''}`;
}

/** Thrown by the build when any content file is wrong; its message lists every problem. */
export class ContentValidationError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(`${errors.length} problem(s) in content files:\n${errors.map((e) => `  ${formatContentError(e)}`).join('\n')}`);
    this.name = 'ContentValidationError';
  }
}
