import type { PartialDate } from '../model/dates';
import type { TickLevel } from './layout/axis';

/** The year, month or day a tick stands for (its value is that period's first instant, UTC). */
export function tickPeriod(value: number, level: TickLevel): PartialDate {
  const date = new Date(value);
  const year = date.getUTCFullYear();
  if (level === 'year') return { precision: 'year', year };
  const month = date.getUTCMonth() + 1;
  if (level === 'month') return { precision: 'month', year, month };
  return { precision: 'day', year, month, day: date.getUTCDate() };
}
