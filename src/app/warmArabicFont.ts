/**
 * An interface in another language paints its first view without the Arabic typeface
 * (see BrandMark), but the article itself is Arabic: once the timeline is drawn, fetch the
 * font in idle time, so the article's text is ready in its own typeface when the reader
 * opens it. An Arabic interface has asked for it long before; this then costs nothing.
 */
import { TIMELINE_DRAWN } from '../timeline/drawnMark';

const FAMILY = '"Noto Naskh Arabic"';
// Arabic letters and a digit: the Arabic subset and the Naskh cut of digits (styles.css).
const SAMPLE = 'زمان 30';

function load(): void {
  for (const weight of [400, 700]) {
    // A failed font load only means the fallback typeface stays; nothing to report.
    document.fonts.load(`${weight} 1em ${FAMILY}`, SAMPLE).catch(() => undefined);
  }
}

/**
 * How long after the drawing the font waits. The mark is set as the drawn frame is handed
 * over, before it is on screen; a font asked for in the idle time right after it can start
 * before the first view's largest paint, and Lighthouse's simulated slow phone then counts
 * its 100 KB as something that paint waited for (mobile LCP 2.5 → 3.0 s, seen).
 */
const AFTER_DRAWN_MS = 500;

export function warmArabicFont(): void {
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(TIMELINE_DRAWN).length === 0) return;
    observer.disconnect();
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
      else load();
    }, AFTER_DRAWN_MS);
  });
  observer.observe({ type: 'mark', buffered: true });
}
