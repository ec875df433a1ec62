/**
 * One spelling for Arabic text, so that patterns need list each word once:
 * diacritics and invisible marks are dropped, أ/إ/ٱ become ا, ى becomes ي, ة becomes ه,
 * Arabic-Indic and Persian digits become 0-9. آ is kept (it tells «آب», August, from «أب», father)
 * and so is the tatweel, which separates «الـ30» and «2015 ـ 2019».
 * Every character maps back to one character of the original, so spans can be reported in
 * the caller's offsets.
 */

export interface NormalizedText {
  /** The normalized text that patterns run on. */
  readonly text: string;
  /** For each normalized character, the offset of the original character it came from. */
  readonly origin: readonly number[];
  readonly original: string;
}

/** Marks that change nothing a pattern cares about: harakat, tanween, shadda, superscript alef, bidi controls. */
const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u200B-\u200F\u061C\u2066-\u2069\uFEFF]/;

const REPLACED: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ھ: 'ه',
  ک: 'ك',
  '٫': '.',
  '٬': ',',
  '\u00A0': ' ',
};

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as Western ones; anything else as it is. */
function westernDigit(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return c;
}

function normalizeChar(c: string): string {
  const digit = westernDigit(c);
  return digit !== c ? digit : (REPLACED[c] ?? c);
}

/** A typed date or number with Western digits: «٢٠٢١-٠٩-٠٧» → «2021-09-07». */
export function withWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, westernDigit);
}

export function normalize(original: string): NormalizedText {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original.charAt(i);
    if (DROPPED.test(c)) continue;
    chars.push(normalizeChar(c));
    origin.push(i);
  }
  return { text: chars.join(''), origin, original };
}

/** Maps a normalized span [start, end) back to the original, taking along marks dropped after its last letter. */
export function toOriginalSpan(
  n: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = n.origin[start] ?? n.original.length;
  let to = end > start ? (n.origin[end - 1] ?? from) + 1 : from;
  while (to < n.original.length && DROPPED.test(n.original.charAt(to))) to++;
  return { start: from, end: to };
}

/** A normalized word or phrase, for building lookup tables from ordinary spellings. */
export function normalizeWord(word: string): string {
  return normalize(word).text;
}
