/** The parts of citation-js the export tests use (the packages ship no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    readonly data: unknown[];
  }
  export const plugins: {
    list(): string[];
    input: { chainLink(data: unknown): unknown };
  };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
