/**
 * An interface in another language paints its first view without the Arabic typeface
 * (see BrandMark), but the article itself is Arabic: once the timeline is drawn, fetch the
 * font in idle time, so the article's text is ready in its own typeface when the reader
 * opens it. An Arabic interface has asked for it long before; this then costs nothing.
 */
import { TIMELINE_DRAWN } from '../timeline/drawnMark';

const FAMILY = '"Noto Naskh Arabic"';
const SAMPLE = 'زمان';

function load(): void {
  for (const weight of [400, 700]) {
    // A failed font load only means the fallback typeface stays; nothing to report.
    document.fonts.load(`${weight} 1em ${FAMILY}`, SAMPLE).catch(() => undefined);
  }
}

export function warmArabicFont(): void {
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(TIMELINE_DRAWN).length === 0) return;
    observer.disconnect();
    if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 200);
  });
  observer.observe({ type: 'mark', buffered: true });
}
