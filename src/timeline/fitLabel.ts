/**
 * A title cut to a width at a word's end, with an ellipsis. CSS's own ellipsis cuts inside a
 * word, and inside a number: "Date in sentence 12: August 2024" became "… August 20…", which
 * reads as a day that is not the date, and in Arabic the year lost its first digit ("…024").
 * Where whole words would leave much of the room empty (a narrow column's "Shanghai…" of
 * "Shanghai Cooperation Organisation founded"), the next word is cut instead, as CSS would,
 * but never a number.
 */
const BREAK = /\s+/gu;
/** What a cut title should not end on before its ellipsis: spaces, and a colon or comma left hanging. */
const HANGING = /[\s:,،؛;–—-]+$/u;
/** A number of one or two digits ends the words kept: a day, whose month may follow. */
const DAY_BEFORE = /(?:^|[^\p{N}])\p{N}{1,2}$/u;
/** Whole words that fill this share of the room are enough; less, and a word is cut. */
const FULL_ENOUGH = 2 / 3;
/** A word cut keeps at least this many of its characters ("Coop…", not "C…"). */
const MIN_PARTIAL = 3;

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
  if (best !== undefined && measure(best + ellipsis) >= width * FULL_ENOUGH) return best + ellipsis;
  // By characters: one word wider than the room, a language without spaces (Chinese), or
  // whole words that leave too much of the room empty.
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
  const cut = partialCut(chars, count);
  if (best === undefined) return (cut || chars.slice(0, count).join('').replace(HANGING, '')) + ellipsis;
  return (cut.length > best.length ? cut : best) + ellipsis;
}

/**
 * The first `count` characters, backed off out of a number or a span of numbers (and off a
 * day's number before its month); empty when it would keep fewer than MIN_PARTIAL characters
 * of a word it cuts.
 */
function partialCut(chars: readonly string[], count: number): string {
  const digit = (c: string | undefined) => c !== undefined && /\p{N}/u.test(c);
  // A span of numbers («2021–2022», «2024/2025») is one number: "2021…" would read as one year.
  const numeric = (i: number) =>
    digit(chars[i]) || (/^[-–/]$/u.test(chars[i] ?? '') && digit(chars[i - 1]) && digit(chars[i + 1]));
  let end = count;
  while (end > 0 && numeric(end) && numeric(end - 1)) end--;
  const head = chars.slice(0, end).join('');
  const rest = chars.slice(end).join('');
  const partial = /^\S/u.test(rest) ? (/\S+$/u.exec(head)?.[0] ?? '') : '';
  if (partial && Array.from(partial).length < MIN_PARTIAL) return '';
  const cut = head.replace(HANGING, '');
  return DAY_BEFORE.test(cut) && /^\s+\p{L}/u.test(rest) ? cut.replace(/\p{N}+$/u, '').replace(HANGING, '') : cut;
}
