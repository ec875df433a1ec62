// @vitest-environment node
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractTemporalExpressions, type TemporalExpression } from '../extract';
import { addFormatters } from '../i18n/formatters';
import arAuthor from '../i18n/locales/ar.author.json';
import ar from '../i18n/locales/ar.json';
import enAuthor from '../i18n/locales/en.author.json';
import en from '../i18n/locales/en.json';
import ruAuthor from '../i18n/locales/ru.author.json';
import ru from '../i18n/locales/ru.json';
import { explainAnniversaryOrigin, explainExpression, type Explanation } from './explain';
import { wordExplanation } from './wordExplanation';

const DATELINE = '2021-09-07'; // a Tuesday

let tEn: TFunction;
let tAr: TFunction;
let tRu: TFunction;
beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({
    lng: 'en',
    resources: {
      en: { translation: { ...en, ...enAuthor } },
      ar: { translation: { ...ar, ...arAuthor } },
      ru: { translation: { ...ru, ...ruAuthor } },
    },
    interpolation: { escapeValue: false },
  });
  addFormatters(i18n);
  tEn = i18n.getFixedT('en');
  tAr = i18n.getFixedT('ar');
  tRu = i18n.getFixedT('ru');
});

/** The expressions of `text`, and the one whose words are `words`. */
function found(text: string, words: string, dateline = DATELINE) {
  const all = extractTemporalExpressions(text, dateline);
  const e = all.find((x) => x.text === words);
  if (!e) throw new Error(`no expression «${words}» in: ${all.map((x) => x.text).join(', ')}`);
  return { e, all };
}

/** Intl puts thin spaces around the dash of a range; plain spaces read better in a test. */
const english = (explanation: Explanation) =>
  wordExplanation(explanation, tEn, 'en').map((s) => s.replaceAll('\u2009', ' '));
const keys = (explanation: Explanation) => explanation.map((p) => p.key);

describe('explaining how a date was read', () => {
  it('a date written in full', () => {
    const { e } = found('وقع الاتفاق في 25 مايو 1971', '25 مايو 1971');
    expect(keys(explainExpression(e))).toEqual(['author.explain.stated']);
    expect(english(explainExpression(e))).toEqual(['Written in the article: 25 May 1971.']);
  });

  it('ends a sentence once when the date ends with its own full stop (Russian «г.»)', () => {
    const { e } = found('وقع الاتفاق في 25 مايو 1971', '25 مايو 1971');
    const [sentence] = wordExplanation(explainExpression(e), tRu, 'ru');
    expect(sentence).toMatch(/1971 г\.$/u);
    expect(sentence).not.toContain('..');
  });

  it('a date whose year comes from the dateline', () => {
    const { e } = found('أعرب الرئيس يوم الثلاثاء(7 سبتمبر) عن استعداده', 'يوم الثلاثاء(7 سبتمبر)');
    expect(english(explainExpression(e))).toEqual([
      'Written in the article: 7 September 2021.',
      'The year is not written, so it is the article’s year, 2021.',
    ]);
  });

  it('a date put in the year before, so it does not fall far after the dateline', () => {
    const { e } = found('وقع الاتفاق في 25 ديسمبر', '25 ديسمبر', '2021-01-05');
    expect(keys(explainExpression(e))).toEqual(['author.explain.stated', 'author.explain.completedYearBefore']);
    expect(english(explainExpression(e))[1]).toContain('so it is the year before, 2020.');
  });

  it('a Hijri date converted on the Umm al-Qura calendar', () => {
    const { e } = found('صدر في 30 محرم 1443 هـ', '30 محرم 1443 هـ');
    expect(explainExpression(e)[0]).toMatchObject({
      key: 'author.explain.converted',
      values: { hijri: { type: 'hijri', fields: 'day' } },
    });
    expect(english(explainExpression(e))).toEqual([
      '30 Muharram 1443 AH on the Umm al-Qura Hijri calendar is 7 September 2021.',
    ]);
  });

  it('a Hijri date whose Hijri year comes from the dateline', () => {
    const { e } = found('تبدأ المناسك في الثامن من ذي الحجة', 'الثامن من ذي الحجة', '2022-05-26');
    expect(english(explainExpression(e))).toEqual([
      '8 Dhuʻl-Hijjah 1443 AH on the Umm al-Qura Hijri calendar is 7 July 2022.',
      'The Hijri year is not written, so it is the article’s Hijri year, 1443.',
    ]);
  });

  it('a year counted from the dateline', () => {
    const { e } = found('العام المقبل', 'العام المقبل');
    expect(explainExpression(e)).toEqual([
      {
        key: 'author.explain.relativeYearsLater',
        count: 1,
        values: { from: { type: 'year', year: 2021 }, to: { type: 'year', year: 2022 } },
      },
    ]);
    expect(english(explainExpression(e))).toEqual(['Counted from the article’s date: 2021 + 1 = 2022.']);
  });

  it('years and months counted back from the dateline', () => {
    const { e: years, all } = found('منذ 3 سنوات وقبل ثلاثة أشهر', 'منذ 3 سنوات');
    const months = all.find((x) => x.text === 'قبل ثلاثة أشهر') as TemporalExpression;
    expect(english(explainExpression(years))).toEqual(['Counted from the article’s date: 2021 − 3 = 2018.']);
    expect(english(explainExpression(months))).toEqual([
      '3 months before the article’s date (7 September 2021): June 2021.',
    ]);
  });

  it('days counted from the dateline, in the plural the language needs', () => {
    const { e } = found('وصل أمس', 'أمس');
    expect(english(explainExpression(e))).toEqual([
      '1 day before the article’s date (7 September 2021): 6 September 2021.',
    ]);
    expect(wordExplanation(explainExpression(e), tAr, 'ar')).toEqual([
      'قبل تاريخ المقال (7 سبتمبر 2021) بيوم واحد: 6 سبتمبر 2021.',
    ]);
  });

  it('dates counted from the date written before them, not from the article’s date', () => {
    const text = 'وصل الوفد في 12 مارس 2021، واجتمع في اليوم التالي، وكان قد زار البلاد في العام السابق.';
    const { e: next } = found(text, 'اليوم التالي');
    expect(keys(explainExpression(next))).toEqual(['author.explain.previousLater']);
    expect(english(explainExpression(next))).toEqual([
      'Follows the date written before it (12 March 2021): 13 March 2021.',
    ]);
    expect(wordExplanation(explainExpression(next), tAr, 'ar')).toEqual([
      'يأتي بعد التاريخ المكتوب قبله (12 مارس 2021): 13 مارس 2021.',
    ]);
    const { e: before } = found(text, 'العام السابق');
    expect(english(explainExpression(before))).toEqual(['Precedes the date written before it (2021): 2020.']);
    const { e: same } = found('وقع الاتفاق في 2 مايو 2020 وأعلن عنه في اليوم نفسه', 'اليوم نفسه');
    expect(english(explainExpression(same))).toEqual(['Taken from the date written before it (2 May 2020): 2 May 2020.']);
    // A week starts before the Saturday it holds: still the same week, not an earlier one.
    const { e: week } = found('وقع الاتفاق في 2 مايو 2020 وأعلن عنه في الأسبوع نفسه', 'الأسبوع نفسه');
    expect(keys(explainExpression(week))).toEqual(['author.explain.previousSame']);
  });

  it('a school year counted from the one under way on the dateline', () => {
    const text = 'تبدأ الدراسة في العام الدراسي المقبل، بعد العام الدراسي الماضي';
    const { e: next } = found(text, 'العام الدراسي المقبل', '2025-02-18');
    expect(english(explainExpression(next))).toEqual([
      'School years begin in September: the first to begin after 18 February 2025 is 2025/2026.',
    ]);
    expect(wordExplanation(explainExpression(next), tAr, 'ar')).toEqual([
      'يبدأ العام الدراسي في سبتمبر: أول عام دراسي يبدأ بعد 18 فبراير 2025 هو 2025/2026.',
    ]);
    // In October the school year under way began that September, so the one before it began a year earlier.
    const { e: last } = found(text, 'العام الدراسي الماضي', '2025-10-05');
    expect(english(explainExpression(last))).toEqual([
      'School years begin in September: the one before the one under way on 5 October 2025 is 2024/2025.',
    ]);
  });

  it('a weekday: the Tuesday on or before the dateline', () => {
    const { e } = found('وقال يوم الثلاثاء إن', 'يوم الثلاثاء');
    expect(keys(explainExpression(e))).toEqual(['author.explain.weekdayOnOrBefore']);
    expect(english(explainExpression(e))).toEqual([
      'The Tuesday on or before the article’s date, 7 September 2021: 7 September 2021.',
    ]);
  });

  it('a week counted from the dateline’s week, not in days', () => {
    const text = 'حتى نهاية الأسبوع، والأسبوع المقبل، وقبل ثلاثة أسابيع';
    expect(english(explainExpression(found(text, 'نهاية الأسبوع').e))).toEqual([
      'The article’s own week, Monday to Sunday: 6 – 12 September 2021.',
      'The text points to its end.',
    ]);
    expect(english(explainExpression(found(text, 'الأسبوع المقبل').e))).toEqual([
      'The week after the article’s week (7 September 2021): 13 – 19 September 2021.',
    ]);
  });

  it('a span across New Year says its start takes the year before its end’s, not the article’s', () => {
    const { e } = found('من 22 ديسمبر حتى 30 يناير', 'من 22 ديسمبر حتى 30 يناير', '2022-01-14');
    expect(english(explainExpression(e))).toEqual([
      'A span written in the article: from 22 December 2021 to 30 January 2022.',
      'The start’s year is not written: the span crosses New Year, so it starts in 2021.',
      'The year is not written, so it is the article’s year, 2022.',
    ]);
    // Within one year, the start simply shares the end's year: said once.
    const { e: august } = found('من 4 إلى 6 أغسطس', 'من 4 إلى 6 أغسطس', '2022-01-14');
    expect(english(explainExpression(august)).slice(1)).toEqual([
      'The year is not written; in the article’s year the date would fall more than half a year after the article, so it is the year before, 2021.',
    ]);
  });

  it('the hours of a time on a day, which the timeline does not show', () => {
    const text = 'تغلق الطريق من الساعة السادسة مساء الجمعة حتى الساعة العاشرة صباح السبت';
    const { e } = found(text, 'من الساعة السادسة مساء الجمعة حتى الساعة العاشرة صباح السبت', '2026-01-14');
    expect(english(explainExpression(e)).at(-1)).toBe(
      'From 18:00 to 10:00: the timeline places events by the day, so the hours are given here only.',
    );
  });

  it('the same day in another year: the year written, or a year from the day told before', () => {
    const text = 'عبروا الحدود في مثل هذا اليوم من عام 1948، وبلغ المخزون 29% صباح اليوم مقابل 38% في اليوم ذاته من العام الماضي';
    expect(english(explainExpression(found(text, 'مثل هذا اليوم من عام 1948', '2026-05-16').e))).toEqual([
      'The article’s own day and month (16 May 2026), in the year written: 16 May 1948.',
    ]);
    expect(english(explainExpression(found(text, 'اليوم ذاته من العام الماضي', '2026-05-16').e))).toEqual([
      'The same day as 16 May 2026, a year earlier: 16 May 2025.',
    ]);
  });

  it('the last weekday of a name before the dateline', () => {
    const { e } = found('الثلاثاء الماضي', 'الثلاثاء الماضي');
    expect(english(explainExpression(e))).toEqual([
      'The last Tuesday before the article’s date, 7 September 2021: 31 August 2021.',
    ]);
  });

  it('a half of a year counted from the dateline', () => {
    const { e } = found('النصف الثاني من العام المقبل', 'النصف الثاني من العام المقبل');
    expect(english(explainExpression(e))).toEqual([
      'Counted from the article’s date: 2021 + 1 = 2022.',
      'Half 2 of that year: July – December 2022.',
    ]);
  });

  it('a range written out, each end as written', () => {
    const { e } = found('من 4 إلى 6 أغسطس 2015', 'من 4 إلى 6 أغسطس 2015');
    expect(english(explainExpression(e))).toEqual([
      'A span written in the article: from 4 August 2015 to 6 August 2015.',
    ]);
  });

  it('a range whose ends take their year from the dateline says so once', () => {
    const { e } = found('من 12 وحتى 30 يناير', 'من 12 وحتى 30 يناير');
    expect(keys(explainExpression(e))).toEqual(['author.explain.range', 'author.explain.completedDatelineYear']);
  });

  it('an anniversary dated by a phrase beside it: origin + years = date', () => {
    const { e, all } = found(
      'مشيرا إلى أن العام المقبل يصادف الذكرى الـ30 لإقامة العلاقات الدبلوماسية',
      'الذكرى الـ30',
    );
    expect(english(explainExpression(e, all))).toEqual([
      'Anniversary, 30 years on: 1992 + 30 = 2022.',
      'The text dates it with “العام المقبل”.',
      'Counted from the article’s date: 2021 + 1 = 2022.',
    ]);
    expect(wordExplanation(explainExpression(e, all), tAr, 'ar')[0]).toBe('ذكرى مرور 30 عامًا: 1992 + 30 = 2022.');
  });

  it('the origin an anniversary counts from', () => {
    const { e } = found('العام المقبل يصادف الذكرى الـ30', 'الذكرى الـ30');
    expect(english(explainAnniversaryOrigin(e))).toEqual(['What the anniversary counts from: 2022 − 30 = 1992.']);
  });

  it('an anniversary dated from the origin the text gives', () => {
    const { e, all } = found('احتفلت المنظمة بالذكرى الخمسين لتأسيسها في 25 مايو 1971', 'الذكرى الخمسين');
    expect(english(explainExpression(e, all))).toEqual([
      'Anniversary, 50 years on: 25 May 1971 + 50 = 25 May 2021.',
      'The text gives what it marks: “25 مايو 1971”.',
    ]);
  });

  it('an undated anniversary, assumed to fall in the dateline year', () => {
    const { e } = found('وهنأ طاجيكستان بمناسبة الذكرى الـ30 المقبلة لاستقلالها', 'الذكرى الـ30 المقبلة');
    expect(english(explainExpression(e))).toEqual([
      'Anniversary, 30 years on: 1991 + 30 = 2021.',
      'Nothing in the text dates it, so it is taken to fall in the article’s year, 2021 (approximate).',
    ]);
  });

  it('a length of time, a recurring time and an uncounted length', () => {
    const text = 'خلاف استمر ثلاث سنوات ونصف. والندوات كل يوم سبت. خلال الأشهر الماضية. يصرف في السابع والعشرين من كل شهر';
    const { all } = found(text, 'ثلاث سنوات ونصف');
    expect(all.map((e) => english(explainExpression(e)))).toEqual([
      ['A length of time, 3.5 years: not a date.'],
      ['Every Saturday: a time that recurs, not a date.'],
      ['A length of time the text does not count: not a date.'],
      ['Day 27 of every month: a time that recurs, not a date.'],
    ]);
  });

  it('a decade completed with its century', () => {
    const { e } = found('في التسعينيات', 'التسعينيات');
    expect(english(explainExpression(e))).toEqual([
      'Written in the article: 1990 – 1999.',
      'The century is not written, so it is the latest such decade begun by the article’s date.',
    ]);
  });

  it('the part of a period the text points to', () => {
    const { e } = found('أواخر العام الجاري', 'أواخر العام الجاري');
    expect(english(explainExpression(e))).toEqual([
      'The article’s own year: 2021.',
      'The text points to its end.',
    ]);
  });

  it('a time of day without a day has no place on the timeline', () => {
    const { e } = found('ابتداء من الساعة السابعة مساء', 'الساعة السابعة مساء');
    expect(english(explainExpression(e))).toEqual([
      'The text does not say which day, so it has no place on the timeline.',
    ]);
  });
});
