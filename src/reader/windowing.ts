/**
 * When and how the reader draws only the sentences near its visible area. Laying out
 * a long article's every sentence at once was most of the first view's style and
 * layout time; a short article (the seed has 16) is still drawn whole.
 */

/** Longer articles are windowed; up to this many sentences are all drawn. */
export const WINDOW_ABOVE = 60;

export function shouldWindow(sentenceCount: number): boolean {
  return sentenceCount > WINDOW_ABOVE;
}

/**
 * The indexes to draw: the visible range and, wherever they are, the pinned ones (the
 * focused, the chosen and the revealed sentence), in order and without repeats. A
 * focused sentence must never be unmounted under the keyboard, nor a marked one go
 * missing.
 */
export function withPinned(range: readonly number[], pinned: readonly (number | undefined)[], count: number): number[] {
  const extra = pinned.filter((i): i is number => i !== undefined && i >= 0 && i < count && !range.includes(i));
  if (extra.length === 0) return [...range];
  return [...new Set([...range, ...extra])].sort((a, b) => a - b);
}

/** The size to use for a measured element: an element without layout (a hidden tab, jsdom) keeps the estimate. */
export function measuredOrEstimate(measured: number, estimate: number): number {
  return measured > 0 ? measured : estimate;
}
