/**
 * chrono-node's Arabic locale as a baseline, mapped to TimeML values at the precision chrono
 * says it knows (`isCertain`): a known day or weekday gives a day, else a known month a month,
 * else a known year a year; a known hour adds the clock time; a result with an end is a range.
 */
import * as chronoAr from 'chrono-node/ar';
import type { ParsedComponents } from 'chrono-node';

export interface ChronoExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: 'date' | 'range' | 'time';
  readonly value: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function componentValue(c: ParsedComponents): string {
  const year = pad(c.get('year') ?? 0, 4);
  const month = pad(c.get('month') ?? 1);
  const day = pad(c.get('day') ?? 1);
  const clock = c.isCertain('hour')
    ? `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`
    : '';
  if (c.isCertain('day') || c.isCertain('weekday')) return `${year}-${month}-${day}${clock}`;
  if (c.isCertain('month')) return `${year}-${month}`;
  if (c.isCertain('year')) return year;
  // Only a time of day is known: chrono places it on the reference day, which the text does not say.
  return clock || `${year}-${month}-${day}`;
}

/** chrono's reading of `text`, with the dateline (noon UTC) as the reference and UTC as the zone. */
export function chronoExpressions(text: string, dateline: string): ChronoExpression[] {
  const instant = new Date(`${dateline}T12:00:00Z`);
  return chronoAr.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    type: r.end ? 'range' : r.start.isCertain('hour') ? 'time' : 'date',
    value: r.end ? `${componentValue(r.start)}/${componentValue(r.end)}` : componentValue(r.start),
  }));
}
