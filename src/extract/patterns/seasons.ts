/**
 * Seasons named with their year or a deixis: «صيف 1982», «خريف عام 1994», «الخريف المقبل»,
 * «فصل الشتاء الماضي», «صيف العام الماضي». A season alone («في الصيف») says no year and is not
 * a date; «موسم الشتاء» is how the press names a season of weather or trade, and is left alone.
 */
import type { Mention, Season } from '../mention';
import { END, START } from '../regex';
import { DEIXIS, DEIXIS_STEP, GREGORIAN_MARK, parseDeixis, YEAR } from './parts';
import { pattern, type Groups, type Pattern } from './pattern';

const SEASONS: Readonly<Record<string, Season>> = { ربيع: 'SP', صيف: 'SU', خريف: 'FA', شتاء: 'WI' };
const SEASON_WORD = '(?<season>ربيع|صيف|خريف|شتاء)';
/** Not after «موسم»: «موسم الشتاء الحالي» (a season of weather, not of the calendar). */
const HEAD = `${START}(?<!موسم\\s+)(?:فصل\\s+)?`;

function season(groups: Groups): Season | undefined {
  return SEASONS[groups.season ?? ''];
}

export const SEASON_PATTERNS: readonly Pattern[] = [
  pattern(
    'season-of-year',
    `${HEAD}${SEASON_WORD}\\s+(?:(?:عام|العام|سنه)\\s+)?(?<year>${YEAR})(?:${GREGORIAN_MARK})?`,
    (groups): Mention | undefined => {
      const which = season(groups);
      return which && { kind: 'season', season: which, year: Number(groups.year) };
    },
  ),
  pattern('season-deixis', `${HEAD}ال${SEASON_WORD}\\s+(?<deixis>${DEIXIS})`, (groups): Mention | undefined => {
    const which = season(groups);
    const deixis = parseDeixis(groups.deixis);
    return which && deixis && { kind: 'season', season: which, deixis };
  }),
  // «صيف العام الماضي», «شتاء هذا العام»: the season of a year counted from the dateline's.
  pattern(
    'season-of-deictic-year',
    `${HEAD}${SEASON_WORD}\\s+(?:(?:العام|السنه)\\s+(?<yearDeixis>${DEIXIS})|(?<thisYear>هذا\\s+العام|هذه\\s+السنه)${END})`,
    (groups): Mention | undefined => {
      const which = season(groups);
      const deixis = parseDeixis(groups.yearDeixis);
      const yearShift = groups.thisYear !== undefined ? 0 : deixis && DEIXIS_STEP[deixis];
      return which && yearShift !== undefined ? { kind: 'season', season: which, yearShift } : undefined;
    },
  ),
];
