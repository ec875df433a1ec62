import type { LoadResult } from './load';
import { problem } from './problems';

/** Larger files are refused before they are read: a bundle of 100,000 events fits well under it. */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

export function tooLarge(bytes: number): LoadResult {
  return { ok: false, problems: [problem('', 'too-large', { size: bytes, limit: MAX_BUNDLE_BYTES })] };
}
