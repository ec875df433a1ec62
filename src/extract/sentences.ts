/**
 * Splits an article into the sentences a bundle shows. News copy comes one paragraph per line
 * with the headline first, so each non-empty line is a sentence and the first is the headline.
 * A text on a single line is split after sentence-final punctuation instead (no headline).
 */

export interface SentenceSpan {
  /** "s1", "s2", … in text order. */
  readonly id: string;
  readonly text: string;
  /** Offsets of `text` in the input, [start, end). */
  readonly start: number;
  readonly end: number;
  readonly headline: boolean;
}

/** Sentence-final punctuation (Latin and Arabic) followed by space ends a sentence in running text. */
const SENTENCE_END = /[.!?؟…]+(?=\s)/gu;

export function splitSentences(text: string): SentenceSpan[] {
  const lines = trimmedPieces(text, /\r?\n/gu);
  const pieces = lines.length > 1 ? lines : lines.flatMap((line) => splitRunningText(text, line));
  return pieces.map((piece, i) => ({
    id: `s${i + 1}`,
    text: text.slice(piece.start, piece.end),
    start: piece.start,
    end: piece.end,
    headline: lines.length > 1 && i === 0,
  }));
}

interface Piece {
  readonly start: number;
  readonly end: number;
}

/** The non-blank stretches of `text` between separators, trimmed. */
function trimmedPieces(text: string, separator: RegExp, from = 0, to = text.length): Piece[] {
  const pieces: Piece[] = [];
  let start = from;
  const slice = text.slice(from, to);
  const bounds = [...slice.matchAll(separator)].map((m) => ({
    at: from + m.index,
    length: m[0].length,
  }));
  for (const bound of [...bounds, { at: to, length: 0 }]) {
    const piece = trim(text, start, bound.at);
    if (piece) pieces.push(piece);
    start = bound.at + bound.length;
  }
  return pieces;
}

function splitRunningText(text: string, line: Piece): Piece[] {
  const pieces: Piece[] = [];
  let start = line.start;
  for (const m of text.slice(line.start, line.end).matchAll(SENTENCE_END)) {
    const end = line.start + m.index + m[0].length;
    const piece = trim(text, start, end);
    if (piece) pieces.push(piece);
    start = end;
  }
  const rest = trim(text, start, line.end);
  if (rest) pieces.push(rest);
  return pieces;
}

function trim(text: string, start: number, end: number): Piece | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : undefined;
}
