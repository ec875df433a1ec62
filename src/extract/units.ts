/**
 * Units of time and the forms Arabic gives them after numbers: singular («عام»), the dual
 * that carries its own «two» («عامين»), the plural for 3–10 («أعوام»), the accusative singular
 * for 11–99 («عاما»), and the definite plural of «الأشهر الثلاثة الماضية».
 */
import { alt, END } from './regex';

export type Unit = 'century' | 'decade' | 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

interface UnitForms {
  readonly singular: readonly string[];
  readonly dual: readonly string[];
  readonly plural: readonly string[];
  readonly definitePlural: readonly string[];
}

// prettier-ignore
const FORMS: Readonly<Record<Unit, UnitForms>> = {
  century: { singular: ['قرن', 'قرنا'], dual: ['قرنين', 'قرنان'], plural: ['قرون'], definitePlural: ['القرون'] },
  decade: { singular: ['عقد', 'عقدا'], dual: ['عقدين', 'عقدان'], plural: ['عقود'], definitePlural: ['العقود'] },
  year: {
    singular: ['عام', 'عاما', 'سنه'],
    dual: ['عامين', 'عامان', 'سنتين', 'سنتان'],
    plural: ['اعوام', 'سنوات', 'سنين'],
    definitePlural: ['الاعوام', 'السنوات', 'السنين'],
  },
  month: { singular: ['شهر', 'شهرا'], dual: ['شهرين', 'شهران'], plural: ['اشهر', 'شهور'], definitePlural: ['الاشهر', 'الشهور'] },
  week: { singular: ['اسبوع', 'اسبوعا'], dual: ['اسبوعين', 'اسبوعان'], plural: ['اسابيع'], definitePlural: ['الاسابيع'] },
  day: { singular: ['يوم', 'يوما'], dual: ['يومين', 'يومان'], plural: ['ايام'], definitePlural: ['الايام'] },
  hour: { singular: ['ساعه'], dual: ['ساعتين', 'ساعتان'], plural: ['ساعات'], definitePlural: ['الساعات'] },
  minute: { singular: ['دقيقه'], dual: ['دقيقتين', 'دقيقتان'], plural: ['دقائق'], definitePlural: ['الدقائق'] },
};

const UNITS = Object.keys(FORMS) as Unit[];

const pick = (key: keyof UnitForms) => UNITS.flatMap((unit) => FORMS[unit][key]);

/** A unit after a number: any singular or plural form. */
export const COUNTED_UNIT = `${alt([...pick('singular'), ...pick('plural')])}${END}`;
/** A plural form, with whatever is attached after it: «سنوات», «سنواته». */
export const PLURAL_UNIT_STEM = alt(pick('plural'));
/** An indefinite plural with no number, "some units": «بعد أشهر من…». */
export const PLURAL_UNIT = `${PLURAL_UNIT_STEM}${END}`;
/** A unit in the singular, meaning one: «قبل عام». */
export const SINGULAR_UNIT = `${alt(pick('singular'))}${END}`;
/** A dual unit, meaning two: «عامين». */
export const DUAL_UNIT = `${alt(pick('dual'))}${END}`;
/** A definite dual, as in «العامين الماضيين». */
export const DEFINITE_DUAL_UNIT = `${alt(pick('dual').map((w) => `ال${w}`))}${END}`;
/** A definite plural, as in «الأشهر الثلاثة الماضية». */
export const DEFINITE_PLURAL_UNIT = `${alt(pick('definitePlural'))}${END}`;

/** The unit a form belongs to, and whether it is a dual. */
export function parseUnit(form: string): { unit: Unit; dual: boolean } | undefined {
  const bare = form.trim();
  for (const unit of UNITS) {
    const forms = FORMS[unit];
    if (forms.dual.includes(bare) || forms.dual.some((w) => `ال${w}` === bare))
      return { unit, dual: true };
    if ([...forms.singular, ...forms.plural, ...forms.definitePlural].includes(bare))
      return { unit, dual: false };
  }
  return undefined;
}

/** Decades and centuries are counted in years (Intl, calendar arithmetic); other units in themselves. */
export function inCalendarUnits(unit: Unit): { readonly unit: Exclude<Unit, 'century' | 'decade'>; readonly times: number } {
  if (unit === 'century') return { unit: 'year', times: 100 };
  if (unit === 'decade') return { unit: 'year', times: 10 };
  return { unit, times: 1 };
}

/** The ISO 8601 / TimeML designator of a unit in a duration: P3Y, PT3H, P2DE. */
export function durationValue(amount: number | undefined, unit: Unit): string {
  // Half an hour is written PT30M, not PT0.5H.
  if (unit === 'hour' && amount !== undefined && !Number.isInteger(amount))
    return `PT${Math.round(amount * 60)}M`;
  const n = amount === undefined ? 'X' : String(amount);
  switch (unit) {
    case 'century':
      return `P${n}CE`;
    case 'decade':
      return `P${n}DE`;
    case 'year':
      return `P${n}Y`;
    case 'month':
      return `P${n}M`;
    case 'week':
      return `P${n}W`;
    case 'day':
      return `P${n}D`;
    case 'hour':
      return `PT${n}H`;
    case 'minute':
      return `PT${n}M`;
  }
}

/** English unit names for explanations. */
export function englishUnit(unit: Unit, amount: number | undefined): string {
  const plural = amount !== 1;
  const name = unit === 'century' ? (plural ? 'centuries' : 'century') : plural ? `${unit}s` : unit;
  return amount === undefined ? `some ${name}` : `${amount} ${name}`;
}
