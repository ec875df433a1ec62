/**
 * What an expression says before it is placed in time: the patterns produce these,
 * resolve.ts turns them into values against the dateline.
 */
import type { Unit } from './units';

/** «الماضي» (past), «المقبل/القادم» (next), «الجاري/الحالي» (current). */
/** The seasons, as TIMEX3 names them: spring, summer, autumn (fall), winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export type Deixis = 'past' | 'next' | 'current';

/** TimeML parts of the day: morning, mid-day, afternoon, evening, night. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/** The units «اليوم/أمس/العام المقبل/هذا الشهر» count in. */
export type ShiftUnit = 'day' | 'week' | 'month' | 'year';

/** The units a date can be counted in from the one before it («اليوم/الأسبوع/الشهر/العام التالي»). */
export type FollowingUnit = 'day' | 'week' | 'month' | 'year';

/** A century named by ordinal («القرن العشرين» = 20) or by deixis («القرن الماضي»). */
export type CenturyRef = { readonly ordinal: number } | { readonly deixis: 'past' | 'current' };

export type Mention =
  | {
      readonly kind: 'gregorian';
      readonly year?: number;
      readonly month?: number;
      readonly day?: number;
      readonly deixis?: Deixis;
      /** A weekday written with the date («الخميس 11 مايو»), kept for the explanation. */
      readonly weekday?: number;
      /** «… من العام الماضي»: the year is the dateline's moved by this many years. */
      readonly yearShift?: number;
      /** «15 من الشهر الجاري»: the month is the dateline's moved by this many months. */
      readonly monthShift?: number;
      /** «21 من الشهر ذاته»: the month is that of the date written before it. */
      readonly monthFromPrevious?: true;
      /** «15 مارس من العام نفسه»: the year is that of the date written before it. */
      readonly yearFromPrevious?: true;
    }
  | {
      readonly kind: 'hijri';
      readonly year?: number;
      readonly month?: number;
      readonly day?: number;
      /** «العام الهجري المقبل»: the Hijri year under way on the dateline, moved by this many years. */
      readonly yearShift?: number;
      /** «رمضان المقبل», «شهر رمضان الجاري»: which occurrence of a month written without its year. */
      readonly deixis?: Deixis;
    }
  /** The dateline's day/week/month/year moved by `amount` units: «أمس» = day −1, «العام المقبل» = year +1. */
  | {
      readonly kind: 'shift';
      readonly unit: ShiftUnit;
      readonly amount: number;
      readonly weekday?: number;
    }
  | { readonly kind: 'weekday'; readonly weekday: number; readonly deixis?: Deixis }
  /**
   * The day/week/month/year of the date told before it, moved by `amount`: «اليوم التالي» = day +1,
   * «العام نفسه» = year 0, «بعد ذلك بعامين» = year +2.
   */
  | { readonly kind: 'following'; readonly unit: FollowingUnit; readonly amount: number }
  /** «اليوم ذاته من العام الماضي»: the day told before (else the dateline) `years` years away. */
  | { readonly kind: 'sameDayOfYear'; readonly years: number }
  /** «صيف 1982», «الخريف المقبل», «شتاء العام الماضي»: a season (TIMEX3's SP, SU, FA, WI). */
  | {
      readonly kind: 'season';
      readonly season: Season;
      readonly year?: number;
      readonly yearShift?: number;
      readonly deixis?: Deixis;
    }
  /** «في مثل هذا اليوم من عام 1948»: the dateline's day and month, in that year. */
  | { readonly kind: 'thisDayInYear'; readonly year: number }
  /**
   * A school year (September to the summer) counted from the one under way on the dateline:
   * «العام الدراسي المقبل» = +1, «الحالي» = 0, «الماضي» = −1.
   */
  | { readonly kind: 'schoolYear'; readonly amount: number }
  /** «قبل عامين» (amount −2), «بعد 10 أيام» (+10): a point counted from the dateline. */
  | {
      readonly kind: 'counted';
      readonly amount: number;
      readonly unit: Unit;
      /** «قبل نحو عامين», «منذ أكثر من ست سنوات»: the count is not exact. */
      readonly about?: true;
    }
  | {
      readonly kind: 'yearPart';
      readonly unit: 'quarter' | 'half';
      readonly index: number;
      readonly year: Mention;
    }
  /** «الربع المماثل من العام السابق»: the quarter or half of the one told before, in the year given. */
  | { readonly kind: 'sameYearPart'; readonly unit: 'quarter' | 'half'; readonly year: Mention }
  | { readonly kind: 'decade'; readonly decade: number; readonly century?: CenturyRef }
  /** «العقد الحالي/الماضي/المقبل»: the calendar decade of the dateline, moved by `amount`. */
  | { readonly kind: 'decadeShift'; readonly amount: number }
  | { readonly kind: 'century'; readonly century: CenturyRef }
  | { readonly kind: 'range'; readonly from: Mention; readonly to: Mention }
  | { readonly kind: 'duration'; readonly amount?: number; readonly unit: Unit }
  | { readonly kind: 'anniversary'; readonly years: number; readonly deixis?: Deixis }
  | {
      readonly kind: 'set';
      readonly amount: number;
      readonly unit: Unit;
      readonly weekday?: number;
      /** «السابع والعشرين من كل شهر»: the day of the month that recurs. */
      readonly dayOfMonth?: number;
      /** «كل صباح», «كل مساء»: the part of every day. */
      readonly partOfDay?: PartOfDay;
    }
  | { readonly kind: 'partOfDay'; readonly part: PartOfDay; readonly day: Mention }
  /** A time of day, on the day written beside it when there is one («الساعة الرابعة عصر غد الأربعاء»). */
  | { readonly kind: 'clock'; readonly hour: number; readonly minute: number; readonly day?: Mention };

/** A pattern's find: a normalized-text span and what it says. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly mention: Mention;
  readonly modifier?: 'START' | 'MID' | 'END';
}
