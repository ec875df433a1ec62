/**
 * Recurrences and times of day: «كل عام», «كل يوم سبت», «مساء أمس», «الساعة السابعة مساء».
 */
import type { Mention, PartOfDay } from '../mention';
import { durationValue, englishUnit, type Unit } from '../units';
import { ENGLISH_WEEKDAYS } from '../weekdays';
import type { Resolved } from './context';
import type { Inner } from './periods';

export function resolveSet(amount: number, unit: Unit, weekday?: number): Resolved {
  if (weekday !== undefined) {
    return {
      type: 'set',
      value: `XXXX-WXX-${weekday}`,
      precision: 'day',
      resolution: 'explicit',
      arithmetic: { kind: 'length', amount: 1, unit: 'week', weekday },
      explanation: `Every ${ENGLISH_WEEKDAYS[weekday - 1] ?? ''}.`,
    };
  }
  return {
    type: 'set',
    value: durationValue(amount, unit),
    precision: unit,
    resolution: 'explicit',
    arithmetic: { kind: 'length', amount, unit },
    explanation: `Every ${amount === 1 ? unit : englishUnit(unit, amount)}.`,
  };
}

const PART_NAMES: Readonly<Record<PartOfDay, string>> = {
  MO: 'Morning',
  MI: 'Midday',
  AF: 'Afternoon',
  EV: 'Evening',
  NI: 'Night',
};

/** «كل صباح»: a part of every day, in TIMEX3's form (XXXX-XX-XXTMO); it recurs daily. */
export function resolveDailyPart(part: PartOfDay): Resolved {
  return {
    type: 'set',
    value: `XXXX-XX-XXT${part}`,
    precision: 'part-of-day',
    resolution: 'explicit',
    arithmetic: { kind: 'length', amount: 1, unit: 'day' },
    explanation: `Every ${PART_NAMES[part].toLowerCase()}.`,
  };
}

/** «السابع والعشرين من كل شهر»: a day of every month, in TIMEX3's form (XXXX-XX-27). */
export function resolveMonthlyDay(day: number): Resolved {
  return {
    type: 'set',
    value: `XXXX-XX-${String(day).padStart(2, '0')}`,
    precision: 'day',
    resolution: 'explicit',
    arithmetic: { kind: 'length', amount: 1, unit: 'month', dayOfMonth: day },
    explanation: `Day ${day} of every month.`,
  };
}


export function resolvePartOfDay(
  part: PartOfDay,
  day: Mention,
  inner: Inner,
): Resolved | undefined {
  const resolved = inner(day);
  if (!resolved || resolved.precision !== 'day' || resolved.type !== 'date') return undefined;
  return {
    ...resolved,
    type: 'time',
    value: `${resolved.value}T${part}`,
    precision: 'part-of-day',
    explanation: `${PART_NAMES[part]} of: ${resolved.explanation}`,
  };
}
