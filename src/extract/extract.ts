/**
 * The extractor's entry point: finds the temporal expressions of an Arabic text and resolves
 * them against the article's dateline. Pipeline: normalize → run every pattern on each line →
 * keep the longest non-overlapping matches → join weekday+date and widen over «يوم», parts of
 * the day and modifiers → resolve → date anniversaries from their neighbours → map offsets back.
 */
import { toIsoString } from '../model/dates';
import { linkAnniversaries, type Located } from './anniversaries';
import { parseDateline } from './calendar';
import { combine } from './combine';
import { continuesFuture, isFutureClause } from './future';
import type { Candidate } from './mention';
import { normalize, toOriginalSpan } from './normalize';
import { PATTERNS } from './patterns';
import { findCandidates } from './patterns/pattern';
import { resolve, type Told } from './resolve';
import type { TemporalExpression } from './types';

/**
 * Every temporal expression in `text`, in text order, resolved against `dateline` ("YYYY-MM-DD").
 * Offsets are JavaScript string offsets into `text`. Throws a RangeError for a dateline that is not a real day.
 */
export function extractTemporalExpressions(text: string, dateline: string): TemporalExpression[] {
  const day = parseDateline(dateline);
  if ('error' in day) throw new RangeError(day.error);
  const normalized = normalize(text);
  const located: Located[] = [];
  // The dates told so far, for «اليوم التالي» and «من الشهر ذاته». They carry over from one paragraph
  // to the next: a news paragraph is often one sentence, and the story goes on in the next.
  const told: Told[] = [];
  for (const line of lines(normalized.text)) {
    const chosen = combine(longestFirst(findCandidates(PATTERNS, line.text)), line.text);
    let futureFrom = -1;
    for (const c of chosen) {
      const future = isFutureClause(line.text, c.start) || continuesFuture(line.text, futureFrom, c.start);
      if (future) futureFrom = c.start;
      const resolved = resolve(c.mention, { dateline: day, future, told });
      if (!resolved) continue;
      const span = toOriginalSpan(normalized, line.start + c.start, line.start + c.end);
      const last = resolved.period?.end ?? resolved.period?.start;
      const part = resolved.precision === 'quarter' || resolved.precision === 'half' ? resolved.precision : undefined;
      // A decade or a century is too coarse to count a next year or day from («العام التالي»).
      const coarse = resolved.precision === 'decade' || resolved.precision === 'century';
      if (last && !coarse) told.push({ date: last, span, ...(part && { part }) });
      located.push({
        ...span,
        resolved,
        ...(c.modifier !== undefined && { modifier: c.modifier }),
      });
    }
  }
  return linkAnniversaries(located, text, day).map((l) => toExpression(l, text));
}

/** Lines of the text with their offsets: no expression spans a line break. */
function lines(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

/** Keeps the longest candidates that do not overlap one taken already (ties: the earlier one), in text order. */
export function longestFirst(candidates: readonly Candidate[]): Candidate[] {
  const byLength = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of byLength) {
    if (taken.every((t) => c.end <= t.start || c.start >= t.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

const MODIFIER_WORDS = { START: 'beginning', MID: 'middle', END: 'end' } as const;

function toExpression(l: Located, text: string): TemporalExpression {
  const { resolved } = l;
  const period = resolved.period;
  return {
    start: l.start,
    end: l.end,
    text: text.slice(l.start, l.end),
    type: resolved.type,
    value: resolved.value,
    precision: resolved.precision,
    resolution: resolved.resolution,
    arithmetic: resolved.arithmetic,
    explanation:
      l.modifier === undefined
        ? resolved.explanation
        : `${resolved.explanation} The text points to its ${MODIFIER_WORDS[l.modifier]}.`,
    ...(l.modifier !== undefined && { modifier: l.modifier }),
    ...(period && {
      period: {
        start: toIsoString(period.start),
        ...(period.end && { end: toIsoString(period.end) }),
        precision: period.start.precision,
        ...((l.approximate || period.approximate) && { approximate: true }),
      },
    }),
  };
}
