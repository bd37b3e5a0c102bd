import type { Slug } from '../../records/article';

/** A related story as the article page shows it: the link target and its reason line. */
export interface RelatedLink {
  readonly slug: Slug;
  readonly reason: string;
}
