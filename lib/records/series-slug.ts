/**
 * The URL slug of a running series' page. A record-level fact like an article's slug: the loader
 * checks that no two series share one and that none is empty, before any page is made.
 */
import { wordSlug } from './word-slug';

/**
 * Slugs already made, by name. The loader asks for every story in a series on every build, and
 * romanising the name each time took 0.2 s of a build at 10,000 stories, for a few hundred names.
 */
const slugsByName = new Map<string, string>();

/** A readable ASCII slug from the name's words, all of them (tizhen-dangyuan-ganbu-ganshi-chuangye-jingqishen). */
export function seriesSlug(name: string): string {
  let slug = slugsByName.get(name);
  if (slug === undefined) {
    slug = wordSlug(name);
    slugsByName.set(name, slug);
  }
  return slug;
}
