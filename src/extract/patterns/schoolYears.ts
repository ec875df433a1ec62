/**
 * Years that straddle two calendar years: «العام الدراسي 2024/2025», «الموسم 2023-2024» (or
 * «موسم 2015-2016», without the article), «العام المالي 2024/2025» (the head word is part of
 * the expression), and the school year named by its place: «العام الدراسي المقبل», «السنة
 * الجامعية الحالية».
 */
import type { Mention } from '../mention';
import { alt, END, START } from '../regex';
import { DEIXIS, DEIXIS_STEP, parseDeixis, YEAR } from './parts';
import { pattern, type Pattern } from './pattern';
import { readYearRange } from './years';

const SCHOOL = alt(['الدراسي', 'الجامعي', 'الاكاديمي']);
const SCHOOL_FEMININE = alt(['الدراسيه', 'الجامعيه', 'الاكاديميه']);
/** «العام الدراسي», «السنة الجامعية», «الموسم الدراسي»: a school year. */
const SCHOOL_YEAR = `(?:(?:العام|عام)\\s+${SCHOOL}|(?:السنه|سنه)\\s+${SCHOOL_FEMININE}|الموسم\\s+${SCHOOL})${END}`;
/** Heads of a year written as two: a school, financial, sports or farming year. */
const TWO_YEAR_HEAD = `(?:${SCHOOL_YEAR}|(?:العام|عام)\\s+المالي${END}|(?:السنه|سنه)\\s+الماليه${END}|(?:الموسم(?:\\s+${alt(['الرياضي', 'الكروي', 'الزراعي', 'المطري', 'السياحي'])})?|موسم)${END})`;

export const SCHOOL_YEAR_PATTERNS: readonly Pattern[] = [
  pattern(
    'two-year-span-with-head',
    `${START}${TWO_YEAR_HEAD}\\s*(?<from>${YEAR})\\s*[-–—ـ/]+\\s*(?<to>${YEAR})`,
    readYearRange,
  ),
  pattern('school-year-deixis', `${START}${SCHOOL_YEAR}\\s+(?<deixis>${DEIXIS})`, (groups): Mention | undefined => {
    const deixis = parseDeixis(groups.deixis);
    return deixis && { kind: 'schoolYear', amount: DEIXIS_STEP[deixis] };
  }),
];
