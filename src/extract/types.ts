/**
 * The extractor's public types: what a temporal expression is once found and resolved.
 * Everything here is plain JSON-friendly data so a UI can show, edit and localize it.
 */
import type { Offset, Precision } from '../model/dates';
import type { Unit } from './units';
import type { WeekdayDirection } from './weekdays';

/** TimeML TIMEX3 types. */
export type ExpressionType = 'date' | 'range' | 'duration' | 'set' | 'time';

/**
 * How the value was reached: written out (explicit), counted from the dateline (relative),
 * an ordinal anniversary (anniversary), or converted from another calendar (calendar).
 */
export type Resolution = 'explicit' | 'relative' | 'anniversary' | 'calendar';

/** How fine the value is. Durations and sets carry the unit they count in. */
export type Granularity =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute';

/** Why a date written without its year (or month, or century) got the one it has. */
export type CompletionRule =
  /** The dateline's year. */
  | 'dateline-year'
  /** The dateline's year would put it more than half a year after the dateline, so the year before. */
  | 'year-before-far-ahead'
  /** A clause about the future and a date already past this year, so the year after. */
  | 'year-after-future-clause'
  /** «المقبل»: the first such date after the dateline. */
  | 'next-occurrence'
  /** «الماضي»: the last such date before the dateline. */
  | 'last-occurrence'
  /** A decade without a century: the latest such decade begun by the dateline. */
  | 'latest-begun-decade'
  /** «21 من الشهر ذاته», «15 مارس من العام نفسه»: the month (and year), or the year, of the date written before it. */
  | 'previous-expression'
  /** «من 22 ديسمبر حتى 30 يناير 2026»: a span's start without its year crosses New Year to its end's. */
  | 'year-before-span-end';

export interface Completion {
  readonly field: 'year' | 'month' | 'century';
  readonly rule: CompletionRule;
}

/** A Hijri date as written (day and month may be missing). */
export interface HijriFields {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Where in a year a quarter or half lies. */
export interface YearPart {
  readonly unit: 'quarter' | 'half';
  readonly index: number;
}

/** How the anniversary's own date was found. */
export type AnniversaryBasis =
  /** From a date expression beside it («العام المقبل يصادف الذكرى…»). */
  | 'date-in-text'
  /** From the origin the text gives («…لتأسيسه في 25 مايو 1981»). */
  | 'origin-in-text'
  /** Nothing in the text dates it: assumed to fall in the dateline's year, as news anniversaries usually do. */
  | 'assumed-dateline-year';

/** How the value was reached, as data (the UI words it in the reader's language). */
export type Arithmetic =
  | { readonly kind: 'stated'; readonly completed?: Completion }
  | {
      readonly kind: 'converted';
      readonly calendar: 'islamic-umalqura';
      readonly hijri: HijriFields;
      readonly completed?: Completion;
    }
  | {
      readonly kind: 'relative';
      /** What is counted from: the dateline, or (with `previousExpression`) the date written before it. */
      readonly anchor: string;
      readonly offset: Offset;
      /**
       * «اليوم التالي», «العام نفسه»: counted from the date written before it in the text,
       * whose words are here, as offsets in the input.
       */
      readonly previousExpression?: TextSpan;
      /** For weekdays: which weekday (ISO, Monday 1) and which occurrence. */
      readonly weekday?: { readonly day: number; readonly direction: WeekdayDirection };
      /** For «الربع الأخير من العام الماضي»: the part of the year the offset lands in. */
      readonly part?: YearPart;
      /**
       * «العام الدراسي المقبل»: the offset reaches the first year of a school year, which ends in
       * the next; `amount` counts school years from the one under way (+1 for «المقبل»).
       */
      readonly schoolYear?: { readonly amount: number };
      /** «الأسبوع المقبل»: the offset reaches the Monday of a week so many weeks from the anchor's (0: its own). */
      readonly weeks?: number;
      /**
       * The same day and month as the anchor: in the year the text writes («في مثل هذا اليوم من عام
       * 1948»), or a year apart («اليوم ذاته من العام الماضي»).
       */
      readonly sameDay?: 'written-year' | 'year-apart';
    }
  | { readonly kind: 'range'; readonly from: Arithmetic; readonly to: Arithmetic }
  | {
      readonly kind: 'length';
      /** null when the text gives no number («الأشهر الماضية»). */
      readonly amount: number | null;
      readonly unit: Unit;
      /** For «كل يوم سبت»: the weekday that recurs. */
      readonly weekday?: number;
      /** For «27 من كل شهر»: the day of the month that recurs. */
      readonly dayOfMonth?: number;
    }
  | {
      readonly kind: 'anniversary';
      readonly years: number;
      /** The origin, when known: {origin: '1991-09-09', years: 30}. */
      readonly origin?: string;
      /** The anniversary's own date, when known. */
      readonly date?: string;
      readonly basis?: AnniversaryBasis;
      /** Where the text gives the anniversary's date («العام المقبل»), as offsets in the input. */
      readonly dateExpression?: TextSpan;
      /** Where the text gives the origin («25 مايو 1981»), as offsets in the input. */
      readonly originExpression?: TextSpan;
    };

/** A stretch of the input text, [start, end) in JavaScript string offsets. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** The calendar period an expression covers, in bundle terms (inclusive ends at one precision). */
export interface CalendarPeriod {
  readonly start: string;
  /** Absent for a single day, month or year. */
  readonly end?: string;
  readonly precision: Precision;
  /** Anniversary dates assumed rather than read are approximate. */
  readonly approximate?: boolean;
}

/** A temporal expression found in a text and resolved against the dateline. */
export interface TemporalExpression {
  /** Start offset in the input text (JavaScript string offset, UTF-16 code units). */
  readonly start: number;
  /** End offset, exclusive. */
  readonly end: number;
  /** The words, exactly as in the text: `text.slice(start, end)`. */
  readonly text: string;
  readonly type: ExpressionType;
  /** TimeML value: "2021-09-07", "2021-09", "2022", "2021-W37", "199", "P30Y", "2015/2019", "2021-09-03TEV", "XXXX-WXX-6". */
  readonly value: string;
  readonly precision: Granularity;
  readonly resolution: Resolution;
  readonly arithmetic: Arithmetic;
  /** How the value was reached, in one short English sentence (the UI localizes from `arithmetic`). */
  readonly explanation: string;
  /** «مطلع/منتصف/أواخر»: the part of the period meant (TimeML mod); the value is the whole period. */
  readonly modifier?: 'START' | 'MID' | 'END';
  /** The period on a timeline, when the expression names calendar time (dates, ranges, times, dated anniversaries). */
  readonly period?: CalendarPeriod;
}
