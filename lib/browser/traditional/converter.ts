/**
 * Simplified → traditional (Taiwan standard characters, OpenCC's s2tw) with opencc-js's own trie
 * and longest-match conversion, fed with the dictionaries the export cut for each page
 * (lib/build/export/traditional-dictionary.ts). The steps are opencc-js's for s2tw: normalise
 * compatibility ideographs, cut the text into segments at its phrases, convert each segment by
 * phrases and characters, then to Taiwan variants. Dictionaries of several pages add up (a search
 * result's to the search page's); each is cut from the same full dictionary, so the union converts
 * every text either covers exactly as the full dictionary would.
 */
import { Trie } from 'opencc-js/core';

export class TraditionalConverter {
  private readonly normalization = new Trie();
  private readonly segmentation = new Trie();
  private readonly conversion = new Trie();
  private readonly variants = new Trie();

  /** Adds a dictionary file: four lines, normalisation, phrases, characters, variants. */
  add(dictionary: string): void {
    const [normalization = '', phrases = '', characters = '', variants = ''] = dictionary.split('\n');
    const load = (trie: Trie, line: string) => line.length > 0 && trie.loadDict(line);
    load(this.normalization, normalization);
    load(this.segmentation, phrases);
    load(this.conversion, phrases);
    load(this.conversion, characters);
    load(this.variants, variants);
  }

  convert(text: string): string {
    return this.segmentation
      .segment(this.normalization.convert(text))
      .map((segment) => this.variants.convert(this.conversion.convert(segment)))
      .join('');
  }
}
