/**
 * Text widths for label placement, measured with a canvas in the labels' font so
 * the layout can be computed before anything is in the DOM. Where no canvas
 * exists (unit tests), an estimate from the character count stands in.
 */
let context: OffscreenCanvasRenderingContext2D | null | undefined;

function measuringContext(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  }
  return context;
}

const cache = new Map<string, number>();

/** Width in CSS pixels of `text` in a CSS `font` (e.g. "500 13px system-ui"). */
export function textWidth(text: string, font: string, fontSize: number): number {
  const key = `${font}\u0000${text}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const ctx = measuringContext();
  let width: number;
  if (ctx) {
    ctx.font = font;
    width = ctx.measureText(text).width;
  } else {
    width = text.length * fontSize * 0.55;
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, width);
  return width;
}

/** Forgets measured widths (after a web font finishes loading, they change). */
export function clearTextWidths(): void {
  cache.clear();
}
