/**
 * Ordinal anniversaries: «الذكرى الـ30», «الذكرى الثلاثين», «الذكرى السنوية العشرين»,
 * «ذكراها التاسعة والأربعين», «الذكرى الـ30 المقبلة», «الذكرى المئوية (الأولى)». The ordinal is feminine after «الذكرى»
 * for units («الخامسة والسبعين»); tens have one form.
 */
import { ORDINAL, parseOrdinal } from '../numbers';
import { alt, END, START } from '../regex';
import { parseDeixis } from './parts';
import { pattern, type Pattern } from './pattern';

const ANNIVERSARY = alt(['الذكري', 'ذكري', 'ذكراه', 'ذكراها', 'ذكراهما']);
const DEIXIS = alt(['المقبله', 'القادمه', 'الماضيه', 'الحاليه', 'الجاريه']);
/** Anniversaries named by an adjective, not an ordinal: «الذكرى المئوية» (the centenary). */
const NAMED: Readonly<Record<string, number>> = { المئويه: 100, الالفيه: 1000 };
/** «المئوية الأولى/الثانية»: the first or second centenary, 100 or 200 years. */
const NTH: Readonly<Record<string, number>> = { الاولي: 1, الثانيه: 2, الثالثه: 3 };

export const ANNIVERSARY_PATTERNS: readonly Pattern[] = [
  pattern(
    'anniversary',
    `${START}${ANNIVERSARY}\\s+(?:السنويه\\s+)?(?:(?<ordinal>${ORDINAL})|(?<named>${alt(Object.keys(NAMED))})${END}(?:\\s+(?<nth>${alt(Object.keys(NTH))})${END})?)(?:\\s+(?<deixis>${DEIXIS})${END})?`,
    (groups) => {
      const nth = NTH[groups.nth ?? 'الاولي'] ?? 1;
      const named = groups.named === undefined ? undefined : NAMED[groups.named];
      const years = named !== undefined ? named * nth : parseOrdinal(groups.ordinal ?? '');
      if (years === undefined || years < 1 || years > 1000) return undefined;
      const deixis = parseDeixis(groups.deixis);
      return { kind: 'anniversary', years, ...(deixis !== undefined && { deixis }) };
    },
  ),
];
