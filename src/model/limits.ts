import { problem, type BundleProblem } from './problem';

/**
 * Larger files are refused before they are read. 19 MiB holds a bundle of 100,000
 * compact events (the benchmark's largest, about 18.5 MiB) and still refuses a
 * 20 MB file, however "MB" is counted (20,000,000 or 20,971,520 bytes).
 */
export const MAX_BUNDLE_BYTES = 19 * 1024 * 1024;

/** The refusal of a file over the limit (a failed load or check alike). */
export function tooLarge(bytes: number): { readonly ok: false; readonly problems: readonly BundleProblem[] } {
  return { ok: false, problems: [problem('', 'too-large', { size: bytes, limit: MAX_BUNDLE_BYTES })] };
}
