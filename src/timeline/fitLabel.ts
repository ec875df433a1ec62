/**
 * A title cut to a width at a word's end, with an ellipsis. CSS's own ellipsis cuts inside a
 * word, and inside a number: "Date in sentence 12: August 2024" became "… August 20…", which
 * reads as a day that is not the date, and in Arabic the year lost its first digit ("…024").
 */
const BREAK = /\s+/gu;
/** What a cut title should not end on before its ellipsis: spaces, and a colon or comma left hanging. */
const HANGING = /[\s:,،؛;–—-]+$/u;
/** A number of one or two digits ends the words kept: a day, whose month may follow. */
const DAY_BEFORE = /(?:^|[^\p{N}])\p{N}{1,2}$/u;

export function fitToWidth(
  text: string,
  width: number,
  measure: (text: string) => number,
  ellipsis = '…',
): string {
  if (measure(text) <= width) return text;
  const fits = (cut: string) => measure(cut + ellipsis) <= width;
  const kept = (end: number) => text.slice(0, end).replace(HANGING, '');
  // The longest run of whole words that fits (the widths grow with the words: a binary search),
  // not ending on a day's number whose month would be cut off ("… 7: 20…" of "20 September").
  const ends = [...text.matchAll(BREAK)]
    .map((m) => m.index)
    .filter((end) => !(DAY_BEFORE.test(text.slice(0, end)) && /^\s+\p{L}/u.test(text.slice(end))));
  let lo = 0;
  let hi = ends.length - 1;
  let best: string | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cut = kept(ends[mid] ?? 0);
    if (cut && fits(cut)) {
      best = cut;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best !== undefined) return best + ellipsis;
  // One word wider than the room (or a language without spaces, as Chinese): cut by characters.
  const chars = Array.from(text);
  lo = 0;
  hi = chars.length - 1;
  let count = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fits(chars.slice(0, mid).join(''))) {
      count = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return chars.slice(0, count).join('').replace(HANGING, '') + ellipsis;
}
