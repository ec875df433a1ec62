/**
 * How the extractor reached a date, as i18n keys and typed values, so the authoring view
 * can word it in the reader's language (the extractor's own `explanation` is English only).
 * An explanation is a short list of sentences: the main arithmetic, then notes (how a missing
 * year was completed, which words date an anniversary…).
 */
import type {
  Arithmetic,
  Completion,
  TemporalExpression,
  TextSpan,
  Unit,
  WeekdayDirection,
  YearPart,
} from '../extract';
import { addOffset, mustParseIsoDate, periodEnd, periodStart, type PartialDate } from '../model/dates';

/** A value a sentence mentions; the wording step formats each in the reader's language. */
export type ExplanationValue =
  /** A year in digits, never grouped ("2021", not "2,021"). */
  | { readonly type: 'year'; readonly year: number }
  /** A date or span at its own precision. */
  | { readonly type: 'date'; readonly start: PartialDate; readonly end?: PartialDate | undefined }
  /** The Hijri date of a Gregorian day, written with the fields the text gave. */
  | { readonly type: 'hijri'; readonly at: PartialDate; readonly fields: 'day' | 'month' | 'year' }
  /** An ISO weekday, Monday 1. */
  | { readonly type: 'weekday'; readonly day: number }
  | { readonly type: 'length'; readonly amount: number; readonly unit: Unit }
  /** Words quoted from the article. */
  | { readonly type: 'phrase'; readonly text: string }
  | { readonly type: 'number'; readonly value: number }
  /** A time of day, as the text gives it. */
  | { readonly type: 'time'; readonly hour: number; readonly minute: number };

/** The sentences an explanation can be made of (keys of locales/*.json). */
export type ExplanationKey =
  | 'author.explain.stated'
  | 'author.explain.range'
  | 'author.explain.converted'
  | 'author.explain.completedDatelineYear'
  | 'author.explain.completedHijriYear'
  | 'author.explain.completedYearBefore'
  | 'author.explain.completedYearAfter'
  | 'author.explain.completedNext'
  | 'author.explain.completedLast'
  | 'author.explain.completedDecade'
  | 'author.explain.completedPrevious'
  | 'author.explain.completedSpanStart'
  | 'author.explain.previousLater'
  | 'author.explain.previousEarlier'
  | 'author.explain.previousSame'
  | 'author.explain.relativeYearsLater'
  | 'author.explain.relativeYearsEarlier'
  | 'author.explain.relativeSameYear'
  | 'author.explain.schoolYearPast'
  | 'author.explain.schoolYearCurrent'
  | 'author.explain.schoolYearNext'
  | 'author.explain.relativeMonthsLater'
  | 'author.explain.relativeMonthsEarlier'
  | 'author.explain.relativeSameMonth'
  | 'author.explain.relativeDaysLater'
  | 'author.explain.relativeDaysEarlier'
  | 'author.explain.relativeSameDay'
  | 'author.explain.relativeSameWeek'
  | 'author.explain.season'
  | 'author.explain.clock'
  | 'author.explain.clockRange'
  | 'author.explain.sameDayWrittenYear'
  | 'author.explain.sameDayYearEarlier'
  | 'author.explain.sameDayYearLater'
  | 'author.explain.relativeWeeksLater'
  | 'author.explain.relativeWeeksEarlier'
  | 'author.explain.weekdayOnOrBefore'
  | 'author.explain.weekdayBefore'
  | 'author.explain.weekdayAfter'
  | 'author.explain.weekdayOnOrAfter'
  | 'author.explain.quarter'
  | 'author.explain.half'
  | 'author.explain.anniversary'
  | 'author.explain.anniversaryUndated'
  | 'author.explain.anniversaryDatedBy'
  | 'author.explain.anniversaryOriginGiven'
  | 'author.explain.anniversaryAssumed'
  | 'author.explain.anniversaryOrigin'
  | 'author.explain.length'
  | 'author.explain.lengthUncounted'
  | 'author.explain.recurs'
  | 'author.explain.recursWeekday'
  | 'author.explain.recursDayOfMonth'
  | 'author.explain.undated'
  | 'author.explain.modifierStart'
  | 'author.explain.modifierMid'
  | 'author.explain.modifierEnd';

export interface ExplanationPart {
  readonly key: ExplanationKey;
  /** Chooses the plural form; also shown as `{{count}}`. */
  readonly count?: number;
  readonly values: Readonly<Record<string, ExplanationValue>>;
}

export type Explanation = readonly ExplanationPart[];

const part = (
  key: ExplanationKey,
  values: Record<string, ExplanationValue> = {},
  count?: number,
): ExplanationPart => (count === undefined ? { key, values } : { key, values, count });

const year = (y: number): ExplanationValue => ({ type: 'year', year: y });
const date = (start: PartialDate, end?: PartialDate): ExplanationValue => ({ type: 'date', start, end });

interface Dates {
  readonly start: PartialDate;
  readonly end?: PartialDate | undefined;
}

/**
 * How `e` was resolved. `others` are the other expressions of the same text: an anniversary
 * dated by a phrase beside it («العام المقبل يصادف الذكرى…») explains that phrase too.
 */
export function explainExpression(
  e: TemporalExpression,
  others: readonly TemporalExpression[] = [],
): Explanation {
  const a = e.arithmetic;
  let parts: ExplanationPart[];
  if (a.kind === 'length') parts = [lengthPart(a, e.type === 'set')];
  else if (a.kind === 'anniversary') parts = anniversaryParts(a, others);
  else if (!e.period) parts = [part('author.explain.undated')];
  else {
    const start = mustParseIsoDate(e.period.start);
    const end = e.period.end === undefined ? undefined : mustParseIsoDate(e.period.end);
    parts = explainArithmetic(a, { start, end });
  }
  // A bundle dates events to the day: the hours the text gives are told here, or nowhere.
  if (e.period) parts.push(...clockParts(e.value));
  // The article names a season, not its months: say which months Zaman takes it for.
  if (e.precision === 'season') parts.push(part('author.explain.season'));
  if (e.modifier) parts.push(part(MODIFIER_KEYS[e.modifier]));
  return dedupe(parts);
}

/** The times of day in a value («2026-01-16T18:00», «…T18:00/…T10:00»), if it has any. */
function clockParts(value: string): ExplanationPart[] {
  const times = [...value.matchAll(/T(\d{2}):(\d{2})/gu)].map(
    (m): ExplanationValue => ({ type: 'time', hour: Number(m[1]), minute: Number(m[2]) }),
  );
  const [from, to] = times;
  if (from && to) return [part('author.explain.clockRange', { from, to })];
  return from ? [part('author.explain.clock', { time: from })] : [];
}

/** For the event an anniversary counts from, computed from the anniversary's date. */
export function explainAnniversaryOrigin(anniversary: TemporalExpression): Explanation {
  const a = anniversary.arithmetic;
  if (a.kind !== 'anniversary' || a.date === undefined || a.origin === undefined) return [];
  return [
    part(
      'author.explain.anniversaryOrigin',
      { date: date(mustParseIsoDate(a.date)), origin: date(mustParseIsoDate(a.origin)) },
      a.years,
    ),
  ];
}

type DatedArithmetic = Exclude<Arithmetic, { kind: 'length' } | { kind: 'anniversary' }>;

function explainArithmetic(a: DatedArithmetic, at: Dates): ExplanationPart[] {
  switch (a.kind) {
    case 'stated':
      return [part('author.explain.stated', { date: date(at.start, at.end) }), ...completion(a.completed, at.start)];
    case 'converted': {
      const fields = a.hijri.day !== undefined ? 'day' : a.hijri.month !== undefined ? 'month' : 'year';
      const main = part('author.explain.converted', {
        hijri: { type: 'hijri', at: at.start, fields },
        date: date(at.start, at.end),
      });
      // A Hijri date without its year takes the dateline's Hijri year, not its Gregorian one.
      const note =
        a.completed?.field === 'year' && a.completed.rule === 'dateline-year'
          ? [part('author.explain.completedHijriYear', { year: year(a.hijri.year) })]
          : completion(a.completed, at.start);
      return [main, ...note];
    }
    case 'relative':
      return relativeParts(a, at);
    case 'range': {
      const end = at.end ?? at.start;
      return [
        part('author.explain.range', { from: date(at.start), to: date(end) }),
        ...side(a.from, at.start),
        ...side(a.to, end),
      ];
    }
  }
}

/** What one end of a range adds: nothing when simply written, else its own arithmetic. */
function side(a: Arithmetic, at: PartialDate): ExplanationPart[] {
  if (a.kind === 'stated') return completion(a.completed, at);
  if (a.kind === 'length' || a.kind === 'anniversary') return [];
  return explainArithmetic(a, { start: at });
}

const COMPLETION_KEYS: Readonly<Record<Completion['rule'], ExplanationKey>> = {
  'dateline-year': 'author.explain.completedDatelineYear',
  'year-before-far-ahead': 'author.explain.completedYearBefore',
  'year-after-future-clause': 'author.explain.completedYearAfter',
  'next-occurrence': 'author.explain.completedNext',
  'last-occurrence': 'author.explain.completedLast',
  'latest-begun-decade': 'author.explain.completedDecade',
  'previous-expression': 'author.explain.completedPrevious',
  'year-before-span-end': 'author.explain.completedSpanStart',
};

function completion(completed: Completion | undefined, at: PartialDate): ExplanationPart[] {
  return completed ? [part(COMPLETION_KEYS[completed.rule], { year: year(at.year) })] : [];
}

const WEEKDAY_KEYS: Readonly<Record<WeekdayDirection, ExplanationKey>> = {
  'on-or-before': 'author.explain.weekdayOnOrBefore',
  before: 'author.explain.weekdayBefore',
  after: 'author.explain.weekdayAfter',
  'on-or-after': 'author.explain.weekdayOnOrAfter',
};

const PART_KEYS: Readonly<Record<YearPart['unit'], ExplanationKey>> = {
  quarter: 'author.explain.quarter',
  half: 'author.explain.half',
};

const MODIFIER_KEYS: Readonly<Record<NonNullable<TemporalExpression['modifier']>, ExplanationKey>> = {
  START: 'author.explain.modifierStart',
  MID: 'author.explain.modifierMid',
  END: 'author.explain.modifierEnd',
};

function relativeParts(a: Extract<Arithmetic, { kind: 'relative' }>, at: Dates): ExplanationPart[] {
  const anchor = mustParseIsoDate(a.anchor);
  const result = date(at.start, at.end);
  if (a.sameDay) {
    const key =
      a.sameDay === 'written-year'
        ? 'author.explain.sameDayWrittenYear'
        : (a.offset.years ?? 0) < 0
          ? 'author.explain.sameDayYearEarlier'
          : 'author.explain.sameDayYearLater';
    return [part(key, { anchor: date(anchor), date: result })];
  }
  if (a.previousExpression) {
    // One step from the date before it («اليوم التالي»), or its own day, week, month or year: the two dates say the rest.
    const from = periodStart(anchor);
    const key =
      from < periodStart(at.start)
        ? 'author.explain.previousLater'
        : from >= periodEnd(at.end ?? at.start)
          ? 'author.explain.previousEarlier'
          : 'author.explain.previousSame';
    return [part(key, { anchor: date(anchor), date: result })];
  }
  if (a.schoolYear) {
    // The patterns name only these three («الماضي/الحالي/المقبل»).
    const key =
      a.schoolYear.amount < 0
        ? 'author.explain.schoolYearPast'
        : a.schoolYear.amount > 0
          ? 'author.explain.schoolYearNext'
          : 'author.explain.schoolYearCurrent';
    return [part(key, { anchor: date(anchor), from: year(at.start.year), to: year((at.end ?? at.start).year) })];
  }
  if (a.weeks !== undefined) {
    const key =
      a.weeks === 0
        ? 'author.explain.relativeSameWeek'
        : a.weeks > 0
          ? 'author.explain.relativeWeeksLater'
          : 'author.explain.relativeWeeksEarlier';
    return [part(key, { anchor: date(anchor), date: result }, a.weeks === 0 ? undefined : Math.abs(a.weeks))];
  }
  if (a.weekday) {
    return [
      part(WEEKDAY_KEYS[a.weekday.direction], {
        weekday: { type: 'weekday', day: a.weekday.day },
        anchor: date(anchor),
        date: result,
      }),
    ];
  }
  const { years = 0, months = 0, days = 0 } = a.offset;
  let counted: ExplanationPart;
  if (days !== 0) {
    counted = part(
      days > 0 ? 'author.explain.relativeDaysLater' : 'author.explain.relativeDaysEarlier',
      { anchor: date(anchor), date: result },
      Math.abs(days),
    );
  } else if (months !== 0 || (years === 0 && at.start.precision === 'month' && !a.part)) {
    const total = months + years * 12;
    counted =
      total === 0
        ? part('author.explain.relativeSameMonth', { date: result })
        : part(
            total > 0 ? 'author.explain.relativeMonthsLater' : 'author.explain.relativeMonthsEarlier',
            { anchor: date(anchor), date: result },
            Math.abs(total),
          );
  } else if (years === 0 && at.start.precision === 'day' && !a.part) {
    counted = part('author.explain.relativeSameDay', { date: result });
  } else {
    const to = anchor.year + years;
    counted =
      years === 0
        ? part('author.explain.relativeSameYear', { year: year(to) })
        : part(
            years > 0 ? 'author.explain.relativeYearsLater' : 'author.explain.relativeYearsEarlier',
            { from: year(anchor.year), to: year(to) },
            Math.abs(years),
          );
  }
  if (!a.part) return [counted];
  return [
    counted,
    part(PART_KEYS[a.part.unit], { index: { type: 'number', value: a.part.index }, date: result }),
  ];
}

function anniversaryParts(
  a: Extract<Arithmetic, { kind: 'anniversary' }>,
  others: readonly TemporalExpression[],
): ExplanationPart[] {
  const on = a.date === undefined ? undefined : mustParseIsoDate(a.date);
  // An anniversary assumed to fall in the dateline's year has no origin of its own; it is counted back.
  const origin = a.origin !== undefined ? mustParseIsoDate(a.origin) : on && addOffset(on, { years: -a.years });
  const parts: ExplanationPart[] =
    on && origin
      ? [part('author.explain.anniversary', { origin: date(origin), date: date(on) }, a.years)]
      : [part('author.explain.anniversaryUndated', {}, a.years)];
  if (a.basis === 'date-in-text') {
    const dating = a.dateExpression && at(others, a.dateExpression);
    if (dating) {
      parts.push(part('author.explain.anniversaryDatedBy', { phrase: { type: 'phrase', text: dating.text } }));
      if (dating.arithmetic.kind !== 'anniversary') parts.push(...explainExpression(dating));
    }
  } else if (a.basis === 'origin-in-text') {
    const origin = a.originExpression && at(others, a.originExpression);
    if (origin) {
      parts.push(part('author.explain.anniversaryOriginGiven', { phrase: { type: 'phrase', text: origin.text } }));
    }
  } else if (a.basis === 'assumed-dateline-year' && on) {
    parts.push(part('author.explain.anniversaryAssumed', { year: year(on.year) }));
  }
  return parts;
}

function lengthPart(a: Extract<Arithmetic, { kind: 'length' }>, recurs: boolean): ExplanationPart {
  if (recurs && a.weekday !== undefined) {
    return part('author.explain.recursWeekday', { weekday: { type: 'weekday', day: a.weekday } });
  }
  if (recurs && a.dayOfMonth !== undefined) {
    return part('author.explain.recursDayOfMonth', { day: { type: 'number', value: a.dayOfMonth } });
  }
  if (a.amount === null) return part('author.explain.lengthUncounted');
  const length: ExplanationValue = { type: 'length', amount: a.amount, unit: a.unit };
  return part(recurs ? 'author.explain.recurs' : 'author.explain.length', { length });
}

const at = (expressions: readonly TemporalExpression[], span: TextSpan) =>
  expressions.find((e) => e.start === span.start && e.end === span.end);

/** Both ends of a range completed the same way need saying once. */
function dedupe(parts: ExplanationPart[]): ExplanationPart[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
