/**
 * An anniversary the author links to its origin: the years come from the two dates, and the
 * link is checked the way the loader checks an `anniversary-of` relation.
 */
import { isAnniversary, parseIsoDate, yearsBetween } from '../model/dates';

export type AnniversaryCheck =
  | {
      readonly ok: true;
      readonly years: number;
      /** The years the article says, when they differ from the dates' (a warning, not an error). */
      readonly textSays?: number;
    }
  | {
      readonly ok: false;
      /** The origin is not at least a year before; or the dates are not a whole number of years apart. */
      readonly reason: 'not-after' | 'not-on-anniversary' | 'bad-date';
      readonly years: number;
    };

/** Whether `later` can be the anniversary of `origin`, and after how many years. */
export function checkAnniversary(later: string, origin: string, statedYears?: number): AnniversaryCheck {
  const to = parseIsoDate(later);
  const from = parseIsoDate(origin);
  if ('error' in to || 'error' in from) return { ok: false, reason: 'bad-date', years: 0 };
  const years = yearsBetween(from, to);
  if (years < 1) return { ok: false, reason: 'not-after', years };
  if (!isAnniversary(from, to, years)) return { ok: false, reason: 'not-on-anniversary', years };
  return statedYears !== undefined && statedYears !== years ? { ok: true, years, textSays: statedYears } : { ok: true, years };
}
