/**
 * Ordinal anniversaries: «الذكرى الـ30», «الذكرى الثلاثين», «الذكرى السنوية العشرين»,
 * «ذكراها التاسعة والأربعين», «الذكرى الـ30 المقبلة». The ordinal is feminine after «الذكرى»
 * for units («الخامسة والسبعين»); tens have one form.
 */
import { ORDINAL, parseOrdinal } from '../numbers';
import { alt, END, START } from '../regex';
import { parseDeixis } from './parts';
import { pattern, type Pattern } from './pattern';

const ANNIVERSARY = alt(['الذكري', 'ذكري', 'ذكراه', 'ذكراها', 'ذكراهما']);
const DEIXIS = alt(['المقبله', 'القادمه', 'الماضيه', 'الحاليه', 'الجاريه']);

export const ANNIVERSARY_PATTERNS: readonly Pattern[] = [
  pattern(
    'anniversary',
    `${START}${ANNIVERSARY}\\s+(?:السنويه\\s+)?(?<ordinal>${ORDINAL})(?:\\s+(?<deixis>${DEIXIS})${END})?`,
    (groups) => {
      const years = parseOrdinal(groups.ordinal ?? '');
      if (years === undefined || years < 1 || years > 1000) return undefined;
      const deixis = parseDeixis(groups.deixis);
      return { kind: 'anniversary', years, ...(deixis !== undefined && { deixis }) };
    },
  ),
];
