/**
 * Content errors as values. Loading collects every problem in every file, and the CLI and the
 * build print them together, so an editor fixes a batch of files in one pass. The kinds live in
 * one catalogue, so the wording is consistent and tests can pin it.
 */
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
  unknownColumn: kind<{ value: string; registered: readonly string[] }>({
    title: 'Unknown column',
    message: ({ value }) => `unknown column "${value}"`,
    hint: ({ registered }) => `registered columns: ${registered.join(', ')}; leave the field out for an article printed without a column`,
  }),
  unknownRegion: kind<{ value: string; suggestions: readonly string[] }>({
    title: 'Unknown region',
    message: ({ value }) => `unknown region "${value}"`,
    hint: ({ suggestions }) =>
      suggestions.length > 0
        ? `did you mean: ${suggestions.join(', ')}?`
        : 'write the full name from the province down (福建省泉州市鲤城区) or the 6-digit code (350502)',
  }),
  ambiguousRegion: kind<{ value: string; candidates: readonly string[] }>({
    title: 'Ambiguous region',
    message: ({ value, candidates }) => `region "${value}" is ambiguous: it names ${candidates.length} places`,
    hint: ({ candidates }) => `write one of: ${candidates.join(', ')}`,
  }),
  duplicateRegion: kind<{ value: string }>({
    title: 'Duplicate region',
    message: ({ value }) => `${value} is listed twice`,
  }),
  emptyBody: kind<Record<string, never>>({
    title: 'Empty body',
    message: () => 'the article has no body text',
    hint: () => 'write the article text below the closing --- of the front-matter',
  }),
  invalidSlug: kind<{ name: string }>({
    title: 'Invalid file name',
    message: ({ name }) => `"${name}" is not a valid slug: expected lowercase ASCII letters, digits and single hyphens, ending in .md`,
    hint: () => 'the file name becomes the article URL, e.g. quanzhou-ganbu-dandang.md',
  }),
  duplicateSlug: kind<{ slug: string; otherFile: string }>({
    title: 'Duplicate slug',
    message: ({ slug, otherFile }) => `slug "${slug}" is also used by ${otherFile}`,
    hint: () => 'slugs are unique across the archive, whatever folder a file is in: rename one of the files',
  }),
  unknownRelated: kind<{ slug: string; self: boolean }>({
    title: 'Unknown related article',
    message: ({ slug, self }) => (self ? `an article cannot be related to itself ("${slug}")` : `related article "${slug}" does not exist`),
    hint: () => 'list the slugs (file names without .md) of other articles in the archive',
  }),
  notContent: kind<{ name: string }>({
    title: 'Not a content file',
    message: ({ name }) => `"${name}" is not a Markdown content file: expected a name ending in .md`,
    hint: () => 'content/ holds only articles; images go under public/',
  }),
  missingFigureFile: kind<{ src: string }>({
    title: 'Missing figure image',
    message: ({ src }) => `image "${src}" is not in public/`,
    hint: () => 'put the image under public/ and write its path from the site root, or leave src out',
  }),
  unreadableFile: kind<{ reason: string }>({
    title: 'Unreadable file',
    message: ({ reason }) => `the file cannot be read as UTF-8 text: ${reason}`,
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
