/**
 * The URL slug of a running series' page. A record-level fact like an article's slug: the loader
 * checks that no two series share one and that none is empty, before any page is made.
 */
import { wordSlug } from './word-slug';

/** A readable ASCII slug from the name's words, all of them (tizhen-dangyuan-ganbu-ganshi-chuangye-jingqishen). */
export function seriesSlug(name: string): string {
  return wordSlug(name);
}
