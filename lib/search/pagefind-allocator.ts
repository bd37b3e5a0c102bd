/**
 * How the Pagefind indexer's memory allocator is set up for a build.
 *
 * Pagefind's binary allocates with jemalloc (Rust's tikv-jemallocator), which reads its options
 * from `_RJEM_MALLOC_CONF`. By default jemalloc hands freed memory back to the system within
 * seconds and faults it in again page by page when the index grows; for a process that holds
 * gigabytes for a minute and then exits, that is pure cost. Here freed memory is kept (no decay),
 * backed by transparent huge pages, in one arena (with jemalloc's several arenas per core, each
 * keeping its own freed memory, the peak rose to 2.65 GB). Measured on one 3,000-article shard:
 * 33–36 CPU-seconds instead of 49–73, and a peak of 2.22 GB instead of 2.30 GB.
 */

/** The environment variable jemalloc reads, as prefixed in Pagefind's build. */
export const pagefindAllocatorVariable = '_RJEM_MALLOC_CONF';
export const pagefindAllocatorOptions = 'narenas:1,dirty_decay_ms:-1,muzzy_decay_ms:-1,thp:always,metadata_thp:always';

/** Sets the options for the Pagefind processes this process starts, unless the caller set its own. */
export function tunePagefindAllocator(env: Record<string, string | undefined> = process.env): void {
  env[pagefindAllocatorVariable] ??= pagefindAllocatorOptions;
}
