/**
 * Splits a text into plain and highlighted parts around the given phrases (all
 * occurrences, overlaps merged), so a view can wrap the phrases in <mark>
 * without ever building HTML from strings.
 */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

export function highlightSegments(text: string, phrases: readonly string[]): Segment[] {
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      ranges.push([at, at + phrase.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
