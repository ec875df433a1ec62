/**
 * Dates an anniversary from the expressions beside it in its sentence. «العام المقبل يصادف
 * الذكرى الـ30» gives the anniversary's year, so the origin is 2022 − 30 = 1992; «الذكرى الأربعين
 * لتأسيس المجلس في 25 مايو 1981» gives the origin, so the anniversary is 25 May 2021. A date is
 * told from an origin by arithmetic: an origin lies about N years before the dateline, the
 * anniversary's own date about the dateline's year. With nothing to go on, the anniversary is
 * assumed to fall in the dateline's year (news marks anniversaries when they happen) and flagged approximate.
 */
import {
  addOffset,
  isAnniversary,
  isAtLeastAsPrecise,
  toIsoString,
  type DayDate,
  type PartialDate,
} from '../model/dates';
import { describeDate, englishOrdinal } from './describe';
import type { Resolved } from './resolve';
import type { Arithmetic, TextSpan } from './types';

/** A resolved expression at its place in the input. */
export interface Located extends TextSpan {
  readonly resolved: Resolved;
  readonly modifier?: 'START' | 'MID' | 'END';
  /** The anniversary's date is an assumption, not read from the text. */
  readonly approximate?: boolean;
}

const SENTENCE_BREAK = /[.!?؟](?=\s|$)|\n/gu;

/** For each located expression, the number of the sentence it starts in. */
function sentenceNumbers(text: string, located: readonly Located[]): number[] {
  const breaks = [...text.matchAll(SENTENCE_BREAK)].map((m) => m.index);
  return located.map((l) => {
    // Binary search: how many breaks come before the expression.
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((breaks[mid] ?? Infinity) < l.start) low = mid + 1;
      else high = mid;
    }
    return low;
  });
}

const gap = (a: TextSpan, b: TextSpan) => (a.start < b.start ? b.start - a.end : a.start - b.end);

/** A single dated point (not a range, not a length) that an anniversary can hang on. */
function pointOf(l: Located): PartialDate | undefined {
  const period = l.resolved.period;
  return (l.resolved.type === 'date' || l.resolved.type === 'time') && period && !period.end
    ? period.start
    : undefined;
}

export function linkAnniversaries(
  located: readonly Located[],
  text: string,
  dateline: DayDate,
): Located[] {
  const sentence = sentenceNumbers(text, located);
  return located.map((l, i) => {
    const { arithmetic } = l.resolved;
    if (arithmetic.kind !== 'anniversary') return l;
    const nearby = located
      .filter(
        (other, j) =>
          other !== l &&
          other.resolved.arithmetic.kind !== 'anniversary' &&
          sentence[j] === sentence[i],
      )
      .flatMap((other) => {
        const point = pointOf(other);
        return point ? [{ other, point }] : [];
      })
      .sort((a, b) => gap(l, a.other) - gap(l, b.other));
    const years = arithmetic.years;
    const isDate = (d: PartialDate) => Math.abs(d.year - dateline.year) <= 1;
    const isOrigin = (d: PartialDate) => Math.abs(d.year + years - dateline.year) <= 1;
    // When both fit (first or second anniversaries), a date before the anniversary is its date, one after it its origin.
    const date = nearby.find(
      ({ other, point }) => isDate(point) && (!isOrigin(point) || other.start < l.start),
    );
    const origin = nearby.find(
      ({ other, point }) =>
        other !== date?.other && isOrigin(point) && (!isDate(point) || other.start > l.start),
    );
    return dated(l, arithmetic, date, origin, dateline, text);
  });
}

type Found = { other: Located; point: PartialDate } | undefined;

function dated(
  l: Located,
  arithmetic: Extract<Arithmetic, { kind: 'anniversary' }>,
  date: Found,
  origin: Found,
  dateline: DayDate,
  text: string,
): Located {
  const { years } = arithmetic;
  const nth = `The ${englishOrdinal(years)} anniversary`;
  const span = (f: NonNullable<Found>): TextSpan => ({ start: f.other.start, end: f.other.end });
  const consistentOrigin =
    origin && (!date || isAnniversary(origin.point, date.point, years)) ? origin : undefined;

  let on: PartialDate;
  let from: PartialDate | undefined;
  let explanation: string;
  let basis: NonNullable<typeof arithmetic.basis>;
  if (date) {
    from = consistentOrigin?.point ?? addOffset(date.point, { years: -years });
    const shifted = consistentOrigin && addOffset(consistentOrigin.point, { years });
    // The origin may be finer than the date («العام الجاري» and «25 مايو 1981» give 25 May 2021).
    on =
      shifted && !isAtLeastAsPrecise(date.point.precision, shifted.precision)
        ? shifted
        : date.point;
    basis = 'date-in-text';
    explanation = consistentOrigin
      ? `${nth} of ${describeDate(consistentOrigin.point)}, which falls in ${describeDate(date.point)} as the text says: ${describeDate(on)}.`
      : `${nth}; it falls in ${describeDate(on)} («${text.slice(date.other.start, date.other.end)}»), so its origin is ${describeDate(on)} − ${years} = ${from ? describeDate(from) : '?'}.`;
  } else if (consistentOrigin) {
    from = consistentOrigin.point;
    on = addOffset(from, { years }) ?? from;
    basis = 'origin-in-text';
    explanation = `${nth} of ${describeDate(from)}: ${describeDate(from)} + ${years} years = ${describeDate(on)}.`;
  } else {
    on = { precision: 'year', year: dateline.year };
    basis = 'assumed-dateline-year';
    explanation = `${nth}; nothing in the sentence dates it, so it is assumed to fall in the dateline's year (${dateline.year}), which would put its origin in ${dateline.year - years}.`;
  }
  return {
    ...l,
    ...(basis === 'assumed-dateline-year' && { approximate: true }),
    resolved: {
      ...l.resolved,
      explanation,
      period: { start: on },
      arithmetic: {
        ...arithmetic,
        basis,
        date: toIsoString(on),
        ...(from && basis !== 'assumed-dateline-year' && { origin: toIsoString(from) }),
        ...(date && { dateExpression: span(date) }),
        ...(consistentOrigin && { originExpression: span(consistentOrigin) }),
      },
    },
  };
}
