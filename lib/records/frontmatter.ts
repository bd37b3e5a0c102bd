/**
 * Splits a content file into front-matter data and Markdown body.
 *
 * YAML is read with the core schema, not js-yaml's default: the default turns `2024-02-30` into
 * a Date of 1 March without a word, and dates must be checked, not rolled over.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';

export type SplitFile =
  | { readonly ok: true; readonly data: unknown; readonly body: string }
  | { readonly ok: false; readonly line: number | undefined; readonly reason: string }
  | { readonly ok: false; readonly line: number | undefined; readonly anchor: string };

/** Thrown by the loader's listener at the first node that carries an anchor. */
class AnchorFound extends Error {
  constructor(
    readonly anchor: string,
    readonly line: number,
  ) {
    super(`YAML anchor &${anchor}`);
  }
}

/**
 * The contract has no use for YAML anchors and aliases, and an alias repeats a value without limit
 * (a 390-byte "billion laughs" expands to gigabytes), so the first anchor stops the parse before
 * any alias is expanded.
 */
function refuseAnchors(event: string, state: { anchor?: string | null; line: number }): void {
  if (event === 'close' && state.anchor) throw new AnchorFound(state.anchor, state.line);
}

const engines = {
  yaml: (source: string) => yaml.load(source, { schema: yaml.CORE_SCHEMA, listener: refuseAnchors as never }) as object,
};

export type ParsedYaml = { readonly ok: true; readonly data: unknown } | Exclude<SplitFile, { ok: true }>;

/** A whole YAML file (the column registry), read as the front-matter is: core schema, no anchors. */
export function parseYamlFile(source: string): ParsedYaml {
  try {
    return { ok: true, data: engines.yaml(source) ?? {} };
  } catch (error) {
    if (error instanceof AnchorFound) return { ok: false, line: error.line + 1, anchor: error.anchor };
    if (error instanceof yaml.YAMLException) return { ok: false, line: error.mark ? error.mark.line + 1 : undefined, reason: error.reason };
    throw error;
  }
}

export function splitFrontMatter(source: string): SplitFile {
  if (!/^---\r?\n/u.test(source)) {
    return { ok: false, line: 1, reason: 'the file does not start with a --- line opening the front-matter' };
  }
  try {
    // Options (even empty ones) also keep gray-matter from returning a shared cached object.
    const file = matter(source, { engines });
    return { ok: true, data: file.data ?? {}, body: file.content };
  } catch (error) {
    // The text after the opening --- starts with its newline: line n of the YAML is line n + 1.
    if (error instanceof AnchorFound) return { ok: false, line: error.line + 1, anchor: error.anchor };
    if (error instanceof yaml.YAMLException) {
      // gray-matter hands over the text right after the opening ---, newline included, so the
      // mark's 0-based line is the file's 1-based line minus one.
      const line = error.mark ? error.mark.line + 1 : undefined;
      return { ok: false, line, reason: error.reason };
    }
    throw error;
  }
}
