import { MAX_BUNDLE_BYTES } from './bundleSizes';
import { problem, type BundleProblem } from './problem';

export { MAX_BUNDLE_BYTES, mayBeLarge, PARALLEL_FROM_BYTES } from './bundleSizes';

/** The refusal of a file over the limit (a failed load or check alike). */
export function tooLarge(bytes: number): { readonly ok: false; readonly problems: readonly BundleProblem[] } {
  return { ok: false, problems: [problem('', 'too-large', { size: bytes, limit: MAX_BUNDLE_BYTES })] };
}
