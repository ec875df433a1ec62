/**
 * Joins what patterns find separately but the text says as one expression:
 * a weekday and its date («يوم الثلاثاء(7 سبتمبر)»), «يوم» before a date, a part of the day
 * before a day («مساء أمس الأربعاء»), and a position modifier before a period («أواخر العام الجاري»)
 * or a day («نهاية يوم الثلاثاء»).
 * Input and output are non-overlapping candidates in text order.
 */
import type { Candidate, Mention } from './mention';
import { POSITION_MODIFIERS } from './patterns/parts';
import { hourIn, PART_OF_DAY_BEFORE, parsePartOfDay } from './patterns/partOfDay';
import { alt } from './regex';

const MODIFIERS = POSITION_MODIFIERS;

const MODIFIER_BEFORE = new RegExp(
  `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?)(?<word>${alt(Object.keys(MODIFIERS))})\\s+$`,
  'u',
);
/** The position words that may stand before a day: «نهاية يوم الثلاثاء», «مطلع يوم الأحد». */
const DAY_MODIFIER_BEFORE = new RegExp(
  `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?)(?<word>${alt(['مطلع', 'بدايه', 'منتصف', 'نهايه'])})\\s+$`,
  'u',
);
const YAWM_BEFORE = /(?<=(?:^|[^\p{L}\p{N}])[وف]?[بل]?)يوم\s+$/u;
/** Between a weekday and its date: nothing, a comma, or an opening parenthesis. */
const WEEKDAY_DATE_GAP = /^\s*[،,]?\s*(\()?\s*$/u;
const CLOSING_PARENTHESIS = /^\s*\)/u;

const isDay = (m: Mention): boolean =>
  (m.kind === 'gregorian' && m.day !== undefined) ||
  (m.kind === 'hijri' && m.day !== undefined) ||
  m.kind === 'weekday' ||
  ((m.kind === 'shift' || m.kind === 'following') && m.unit === 'day');

const isWrittenDay = (m: Mention): boolean =>
  (m.kind === 'gregorian' || m.kind === 'hijri') && m.day !== undefined;

const isPeriod = (m: Mention): boolean =>
  (m.kind === 'gregorian' && m.day === undefined) ||
  (m.kind === 'hijri' && m.day === undefined) ||
  m.kind === 'decade' ||
  m.kind === 'decadeShift' ||
  m.kind === 'century' ||
  ((m.kind === 'shift' || m.kind === 'following') && (m.unit === 'year' || m.unit === 'month' || m.unit === 'week')) ||
  // «بداية الموسم المطري 2025-2026», «نهاية العام الدراسي الحالي»: a span of years or months.
  m.kind === 'schoolYear' ||
  m.kind === 'season' ||
  (m.kind === 'range' && m.from.kind === 'gregorian' && m.from.day === undefined);

export function combine(candidates: readonly Candidate[], text: string): Candidate[] {
  const joined = mergeWeekdayDates(shareMonthDeixis(candidates, text), text);
  return mergeClockRanges(mergeClockDays(widen(joined, text), text), text);
}

/** Between two months that share a deixis: «و» alone. */
const AND_BETWEEN = /^\s+و$/u;

const bareMonth = (m: Mention): boolean =>
  m.kind === 'gregorian' && m.month !== undefined && m.day === undefined && m.year === undefined;

/** «تموز وآب الماضيين»: the deixis after the second of two months is the first's too. */
function shareMonthDeixis(candidates: readonly Candidate[], text: string): Candidate[] {
  return candidates.map((c, i) => {
    const next = candidates[i + 1];
    const [first, second] = [c.mention, next?.mention];
    if (!next || !second || first.kind !== 'gregorian' || second.kind !== 'gregorian') return c;
    if (!bareMonth(first) || first.deixis || !bareMonth(second) || !second.deixis) return c;
    if (!AND_BETWEEN.test(text.slice(c.end, next.start))) return c;
    return { ...c, mention: { ...first, deixis: second.deixis } };
  });
}

/** «من» just before a span's first end, behind «و/ف» at most. */
const FROM_BEFORE = /(?<=(?:^|[^\p{L}\p{N}])[وف]?)من\s+$/u;
/** Between a span's two ends: «إلى», «حتى», «وحتى», «لغاية», «ولغاية». */
const TO_BETWEEN = /^\s*(?:الي|حتي|وحتي|لغايه|ولغايه)\s*$/u;

/**
 * «من الساعة التاسعة صباحا حتى الساعة الرابعة عصرا»: two times of an unnamed day, one span; so are two
 * times each with its day («من الساعة السادسة مساء الجمعة حتى الساعة العاشرة صباح السبت»). A time
 * with its day beside one without is left alone: the span's day would be a guess for the other end.
 */
function mergeClockRanges(candidates: readonly Candidate[], text: string): Candidate[] {
  return mergePairs(candidates, (current, next) => {
    const [from, to] = [current.mention, next.mention];
    if (from.kind !== 'clock' || to.kind !== 'clock' || !from.day !== !to.day) return undefined;
    const opening = FROM_BEFORE.exec(text.slice(0, current.start));
    if (!opening || !TO_BETWEEN.test(text.slice(current.end, next.start))) return undefined;
    return { start: current.start - opening[0].length, end: next.end, mention: { kind: 'range', from, to } };
  });
}

/** Between a time and its day: spaces, or a comma. */
const CLOCK_DAY_GAP = /^\s*[،,]?\s*$/u;

/** Walks candidates in pairs: where `join` makes one of a candidate and the next, both give way to it. */
function mergePairs(
  candidates: readonly Candidate[],
  join: (current: Candidate, next: Candidate) => Candidate | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const current = candidates[i];
    if (!current) continue;
    const next = candidates[i + 1];
    const joined = next && join(current, next);
    out.push(joined ?? current);
    if (joined) i++;
  }
  return out;
}

/** A time and the day beside it, in either order: one expression, the time on that day. */
function mergeClockDays(candidates: readonly Candidate[], text: string): Candidate[] {
  return mergePairs(candidates, (current, next) => {
    const [clock, day] = current.mention.kind === 'clock' ? [current, next] : [next, current];
    if (clock.mention.kind !== 'clock' || clock.mention.day !== undefined) return undefined;
    if (!CLOCK_DAY_GAP.test(text.slice(current.end, next.start))) return undefined;
    const on = day.mention;
    const mention: Mention | undefined =
      on.kind === 'partOfDay'
        ? { ...clock.mention, hour: hourIn(on.part, clock.mention.hour) % 24, day: on.day }
        : isDay(on)
          ? { ...clock.mention, day: on }
          : undefined;
    return mention && { start: current.start, end: next.end, mention };
  });
}

/** «يوم الثلاثاء(7 سبتمبر)», «الخميس، 11 مايو», «اليوم الثلاثاء 7 سبتمبر»: one expression, the date's value. */
function mergeWeekdayDates(candidates: readonly Candidate[], text: string): Candidate[] {
  return mergePairs(candidates, (current, next) => {
    const weekday =
      current.mention.kind === 'weekday' && current.mention.deixis === undefined
        ? current.mention.weekday
        : current.mention.kind === 'shift' && current.mention.weekday !== undefined
          ? current.mention.weekday
          : undefined;
    const gap = WEEKDAY_DATE_GAP.exec(text.slice(current.end, next.start));
    if (weekday === undefined || !gap || !isWrittenDay(next.mention)) return undefined;
    const closing = gap[1] ? CLOSING_PARENTHESIS.exec(text.slice(next.end)) : null;
    const mention: Mention =
      next.mention.kind === 'gregorian' ? { ...next.mention, weekday } : next.mention;
    return { start: current.start, end: next.end + (closing?.[0].length ?? 0), mention };
  });
}

/** Takes in the words just before a candidate that belong to it, never reaching into the previous one. */
function widen(candidates: readonly Candidate[], text: string): Candidate[] {
  let previousEnd = 0;
  return candidates.map((c) => {
    let widened = c;
    // The whole line up to the candidate, so word boundaries are seen; a match reaching into the previous candidate does not count.
    const before = (re: RegExp, from: number) => {
      const m = re.exec(text.slice(0, from));
      return m && from - m[0].length >= previousEnd ? m : null;
    };
    // A position word just before (matched by `re`) joins the expression and marks where in it.
    const withModifier = (re: RegExp) => {
      const modifier = before(re, widened.start);
      const mod = modifier?.groups?.word === undefined ? undefined : MODIFIERS[modifier.groups.word];
      if (modifier && mod) widened = { ...widened, start: widened.start - modifier[0].length, modifier: mod };
    };
    if (isWrittenDay(widened.mention)) {
      const yawm = before(YAWM_BEFORE, widened.start);
      if (yawm) widened = { ...widened, start: widened.start - yawm[0].length };
    }
    if (isDay(widened.mention)) {
      const part = before(PART_OF_DAY_BEFORE, widened.start);
      const partOfDay =
        part?.groups?.part === undefined ? undefined : parsePartOfDay(part.groups.part);
      if (part && partOfDay) {
        const mention: Mention = { kind: 'partOfDay', part: partOfDay, day: widened.mention };
        widened = { start: widened.start - part[0].length, end: widened.end, mention };
        // «منتصف ليل الأربعاء»: the position word belongs to the part of the day.
        withModifier(MODIFIER_BEFORE);
      } else {
        // «بنهاية يوم الثلاثاء 12 ذي الحجة»: the day, placed within itself; its value stays the day.
        withModifier(DAY_MODIFIER_BEFORE);
      }
    } else if (isPeriod(widened.mention)) {
      withModifier(MODIFIER_BEFORE);
    }
    previousEnd = widened.end;
    return widened;
  });
}
