/**
 * What both peer pages share: how they get their data, how they show a selected event, and
 * when they say "drawn". Kept identical for both so that only the library differs.
 */

/** Fetches the JSON named by `?data=` (same origin), as Zaman fetches its `?bundle=`. */
export async function fetchData<T>(): Promise<T> {
  const url = new URLSearchParams(location.search).get('data');
  if (!url) throw new Error('missing ?data=<url>');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Call from the animation frame in which the library's final drawing is in the DOM: marks
 * `timeline-drawn` once that frame has been produced. A task posted from an animation frame
 * runs only after the frame's style, layout and paint, so their cost (large for thousands of
 * DOM or SVG nodes) is counted, not skipped.
 */
export function markDrawnAfterThisFrame(): void {
  setTimeout(markDrawn, 0);
}

function markDrawn(): void {
  if (performance.getEntriesByName('timeline-drawn').length === 0)
    performance.mark('timeline-drawn');
}

/**
 * The same details contract as Zaman (`[data-details]`, `[data-details-title]`), so the
 * benchmark times "click an event → its title is shown" the same way on every page.
 */
export function showDetails(title: string): void {
  const element = document.querySelector('[data-details-title]');
  if (element) element.textContent = title;
}

/** Shows a failure on the page and in the console (the benchmark reports the console). */
export function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`peer failed: ${message}`);
  document.body.append(Object.assign(document.createElement('pre'), { textContent: message }));
}
