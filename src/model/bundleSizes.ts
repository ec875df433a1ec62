/** Sizes of bundles that change how they load. No imports: the early script bundles this file, and stays small. */

/**
 * Larger files are refused before they are read. 19 MiB holds a bundle of 100,000
 * compact events (the benchmark's largest, about 18.5 MiB) and still refuses a
 * 20 MB file, however "MB" is counted (20,000,000 or 20,971,520 bytes).
 */
export const MAX_BUNDLE_BYTES = 19 * 1024 * 1024;

/**
 * From this size on a bundle is checked on two cores (app/parallelLoad.ts). Below it, the
 * worker's start-up and hand-over cost more than they save: with the bench's synthetic
 * bundles (docs/performance.md), 10,000 events (1.9 MiB) were drawn sooner checked on the
 * main thread alone, 30,000 (5.6 MiB) as soon either way, 100,000 (18.5 MiB) sooner on two.
 */
export const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Whether a response may hold a bundle checked on two cores: PARALLEL_FROM_BYTES or more by
 * its headers, or compressed, of unknown size. The app and the early script both ask.
 */
export function mayBeLarge(response: Response): boolean {
  return (
    response.headers.has('content-encoding') ||
    !(Number(response.headers.get('content-length')) < PARALLEL_FROM_BYTES)
  );
}
