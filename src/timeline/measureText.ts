/**
 * Text widths for label placement, measured with a canvas in the labels' font so
 * the layout can be computed before anything is in the DOM. Where no canvas
 * exists (unit tests), an estimate from the character count stands in.
 */
let context: OffscreenCanvasRenderingContext2D | null | undefined;

function measuringContext(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
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

/** The size of the timeline's small text (the upright axis's ticks, pills, the article date's flag): 0.72rem in styles.css. */
export const SMALL_TEXT_SIZE = 11.52;

const stacks = new Map<string, string>();

/** A font stack that styles.css keeps in a custom property; read once, the stylesheet is static. */
function stylesheetFontStack(property: '--font-ui' | '--font-arabic'): string {
  const known = stacks.get(property);
  if (known) return known;
  const value =
    typeof document === 'undefined'
      ? ''
      : getComputedStyle(document.documentElement).getPropertyValue(property).trim();
  // No stylesheet (unit tests): a stack for the estimate, not remembered.
  if (!value) return 'system-ui, sans-serif';
  stacks.set(property, value);
  return value;
}

/**
 * A CSS font in the stylesheet's own stacks: the Arabic one in the Arabic interface or for
 * words in Arabic, the interface's otherwise. Text measured in any other font can be drawn a
 * pixel wider than its place, and lose its last letters to the ellipsis (digits in Arabic
 * titles did).
 */
export function stylesheetFont(arabic: boolean, size: number): string {
  return `${size}px ${stylesheetFontStack(arabic ? '--font-arabic' : '--font-ui')}`;
}

/** The font of a timeline label as styles.css sets it: 14px in Arabic, 13px otherwise. */
export function labelFont(arabic: boolean): { font: string; size: number } {
  const size = arabic ? 14 : 13;
  return { font: stylesheetFont(arabic, size), size };
}
