/**
 * Which pages an incremental build renders and which files it drops, from the previous build's
 * page records and this build's digests. Pure: the build and its tests share it.
 */
import type { PageRecord } from './state';

export interface RenderPlan {
  /** Pages of dynamic routes whose inputs are new or changed. */
  readonly render: readonly string[];
  /** Pages of the previous build that this one does not have, and their files. */
  readonly removed: readonly string[];
  /**
   * Files of the previous site not to keep: those of removed pages, of pages rendered again, and
   * of the pages every build renders (no digest: the home page, whole-archive lists, the sitemap's
   * parts), whether they are written again or gone.
   */
  readonly dropped: readonly string[];
}

export function planRender(previous: Readonly<Record<string, PageRecord>>, digests: ReadonlyMap<string, string>): RenderPlan {
  const render = [...digests].filter(([path, digest]) => previous[path]?.digest !== digest).map(([path]) => path);
  const removed = Object.keys(previous).filter((path) => previous[path]!.digest !== undefined && !digests.has(path));
  const rendered = new Set(render);
  const dropped = Object.entries(previous)
    .filter(([path, page]) => page.digest === undefined || rendered.has(path) || !digests.has(path))
    .flatMap(([, page]) => page.files);
  return { render, removed, dropped };
}
