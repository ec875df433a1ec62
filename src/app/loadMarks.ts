/**
 * The performance marks a ?bundle= article's load sets on its way to the drawing (see
 * docs/performance.md): the benchmark reads them to time the preparation of the data.
 */
export const LOAD_MARKS = {
  /** The bundle's bytes are in. */
  received: 'bundle-received',
  /** Parsed, checked and indexed on the main thread (the shape too, unless a worker checks it). */
  indexed: 'bundle-indexed',
  /** The worker's verdict on the shape is in (bundles of PARALLEL_FROM_BYTES or more). */
  checked: 'bundle-checked',
} as const;
