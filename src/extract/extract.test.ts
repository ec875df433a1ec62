import { describe, expect, it } from 'vitest';
import { extractTemporalExpressions } from './extract';
import type { TemporalExpression } from './types';

const DATELINE = '2021-09-07'; // a Tuesday

const find = (text: string, dateline = DATELINE) => extractTemporalExpressions(text, dateline);
const brief = (e: TemporalExpression) => [e.text, e.value];
const briefs = (text: string, dateline = DATELINE) => find(text, dateline).map(brief);

/** The single expression in `text`; fails when there is not exactly one. */
function only(text: string, dateline = DATELINE): TemporalExpression {
  const found = find(text, dateline);
  expect(found.map(brief)).toHaveLength(1);
  return found[0] as TemporalExpression;
}

describe('explicit Gregorian dates', () => {
  it('takes the year from the dateline when none is written', () => {
    expect(brief(only('وصل الوفد في 12 سبتمبر'))).toEqual(['12 سبتمبر', '2021-09-12']);
  });

  it('rolls a date well after the dateline back to the year before', () => {
    const e = only('وقع الاتفاق في 25 ديسمبر', '2021-01-05');
    expect(e.value).toBe('2020-12-25');
    expect(e.arithmetic).toEqual({
      kind: 'stated',
      completed: { field: 'year', rule: 'year-before-far-ahead' },
    });
  });

  it('keeps a date a few weeks after the dateline in the same year', () => {
    expect(only('تجرى الانتخابات في 20 أكتوبر').value).toBe('2021-10-20');
  });

  it('reads Arabic-Indic digits and reports offsets in the original text', () => {
    const text = 'صدر القرار في ٧ سبتمبر ٢٠٢١ بعد نقاش';
    const e = only(text);
    expect(e.value).toBe('2021-09-07');
    expect(text.slice(e.start, e.end)).toBe('٧ سبتمبر ٢٠٢١');
  });

  it('reads the Levantine month names', () => {
    expect(briefs('بين 12 أيلول و3 تشرين الأول 2019')).toEqual([
      ['بين 12 أيلول و3 تشرين الأول 2019', '2019-09-12/2019-10-03'],
    ]);
  });

  it('reads a month paired in parentheses as one expression', () => {
    expect(brief(only('افتتحت القناة في 6 آب (أغسطس) 2015'))).toEqual([
      '6 آب (أغسطس) 2015',
      '2015-08-06',
    ]);
  });

  it('reads a month paired with a slash as one expression', () => {
    expect(brief(only('تراجع التضخم في فبراير/شباط'))).toEqual(['فبراير/شباط', '2021-02']);
  });

  it('reads a day written as an ordinal word', () => {
    expect(only('اعتبارا من الأول من يوليو المقبل', '2023-03-16').value).toBe('2023-07-01');
  });

  it('reads «الماضي» after a month as the last such month before the dateline', () => {
    expect(only('بلغ ذروته في أكتوبر الماضي', '2023-03-16').value).toBe('2022-10');
  });

  it('reads «المقبل» after a day and month as the next such day', () => {
    expect(only('يلتقي الفريقان في 25 شباط المقبل', '2024-01-08').value).toBe('2024-02-25');
  });

  it('reads a day of the current month', () => {
    expect(only('تنتهي المهلة في 15 من الشهر الجاري').value).toBe('2021-09-15');
  });

  it('reads «من الشهر ذاته» as the month of the date before it', () => {
    expect(briefs('تبدأ في الأول من حزيران وتنتهي في 21 من الشهر ذاته', '2022-05-26')).toEqual([
      ['الأول من حزيران', '2022-06-01'],
      ['21 من الشهر ذاته', '2022-06-21'],
    ]);
  });

  it('reads «من العام نفسه» as the year of the date before it', () => {
    expect(briefs('صدر القرار في 3 فبراير 2015، ثم ألغي في 20 نوفمبر من العام نفسه')).toEqual([
      ['3 فبراير 2015', '2015-02-03'],
      ['20 نوفمبر من العام نفسه', '2015-11-20'],
    ]);
    const e = find('بدأت الأزمة عام 2008، وفي أيلول من نفس العام انهار المصرف')[1];
    expect(e && brief(e)).toEqual(['أيلول من نفس العام', '2008-09']);
    expect(e?.arithmetic).toEqual({ kind: 'stated', completed: { field: 'year', rule: 'previous-expression' } });
  });

  it('with no date before it, gives «من العام نفسه» the year a date without one gets', () => {
    expect(brief(only('ألغي القرار في 20 أغسطس من العام نفسه'))).toEqual(['20 أغسطس من العام نفسه', '2021-08-20']);
  });

  it('refuses a day that does not exist', () => {
    expect(find('في 31 فبراير 2021')).toEqual([]);
  });
});

describe('dates counted from the date written before them', () => {
  it('reads «اليوم التالي» as the day after the date just told, and points at that date', () => {
    const text = 'وصل الوفد إلى القاهرة في 12 مارس 2021، وعقد اجتماعا في اليوم التالي.';
    const [told, next] = find(text);
    expect([told, next].map((e) => e && brief(e))).toEqual([
      ['12 مارس 2021', '2021-03-12'],
      ['اليوم التالي', '2021-03-13'],
    ]);
    expect(next?.arithmetic).toEqual({
      kind: 'relative',
      anchor: '2021-03-12',
      offset: { days: 1 },
      previousExpression: { start: told?.start, end: told?.end },
    });
  });

  it('reads the year before, the same year and «نفس اليوم», feminine «السنة» too', () => {
    expect(briefs('جرت الانتخابات في أيار 2014، وكانت قد أجلت في العام السابق.')).toEqual([
      ['أيار 2014', '2014-05'],
      ['العام السابق', '2013'],
    ]);
    expect(briefs('بدأ المشروع في 3 يناير 2019 وانتهى في السنة التالية')).toEqual([
      ['3 يناير 2019', '2019-01-03'],
      ['السنة التالية', '2020'],
    ]);
    expect(briefs('وقع الهجوم في 4 آب 2020، واستقالت الحكومة في نفس اليوم')).toEqual([
      ['4 آب 2020', '2020-08-04'],
      ['نفس اليوم', '2020-08-04'],
    ]);
    expect(briefs('افتتح المعرض في تشرين الأول 2022 وزاره الوزير في الشهر نفسه')).toEqual([
      ['تشرين الأول 2022', '2022-10'],
      ['الشهر نفسه', '2022-10'],
    ]);
  });

  it('carries the date told over to the next paragraph, as a story goes on', () => {
    expect(briefs('وقعت الاتفاقية في 15 مارس 2019.\nوفي العام التالي بدأ تنفيذها.')).toEqual([
      ['15 مارس 2019', '2019-03-15'],
      ['العام التالي', '2020'],
    ]);
  });

  it('counts from the end of a span, the last date told', () => {
    expect(briefs('استمرت المفاوضات من 4 إلى 6 أغسطس 2015، ووقع الاتفاق في اليوم التالي')).toEqual([
      ['من 4 إلى 6 أغسطس 2015', '2015-08-04/2015-08-06'],
      ['اليوم التالي', '2015-08-07'],
    ]);
  });

  it('with no date before it, counts from the dateline and says so', () => {
    const e = only('وقال في اليوم التالي إن الأمر انتهى');
    expect(e.value).toBe('2021-09-08');
    expect(e.arithmetic).toEqual({ kind: 'relative', anchor: DATELINE, offset: { days: 1 } });
    expect(e.explanation).toContain('with no date written before it');
  });

  it('reads «بعد ذلك بعامين», «قبلها بثلاثة أيام», «بعدها بعقد» as counted from the date told before', () => {
    const text = 'تأسست الشركة عام 2005، وبعد ذلك بعامين افتتحت فرعها الأول.\nووقع الزلزال في 6 فبراير 2023، وقبلها بثلاثة أيام حذر الخبراء.\nوانتهت الحرب عام 1988، وبعدها بعقد انهار الاتحاد.';
    expect(briefs(text, '2024-01-01').filter(([, value]) => value !== '2005' && value !== '1988')).toEqual([
      ['بعد ذلك بعامين', '2007'],
      ['6 فبراير 2023', '2023-02-06'],
      ['قبلها بثلاثة أيام', '2023-02-03'],
      ['بعدها بعقد', '1998'],
    ]);
    expect(briefs('وبعد ذلك بقليل انتهى الاجتماع')).toEqual([]);
  });

  it('takes a part of the day or a position in a year with them: «صباح اليوم التالي», «أواخر العام التالي»', () => {
    expect(briefs('وصل الوفد في 12 مارس 2021، وغادر صباح اليوم التالي.\nوفي أواخر العام التالي عاد.')).toEqual([
      ['12 مارس 2021', '2021-03-12'],
      ['صباح اليوم التالي', '2021-03-13TMO'],
      ['أواخر العام التالي', '2022'],
    ]);
  });

  it('counts «اليوم التالي» from the last day told, past a month told after it', () => {
    const text = 'استقبل الميناء السفينة صباح الاثنين، بعد توسعة بدأت في أيلول 2022.\nوغادرت السفينة في اليوم التالي.';
    expect(briefs(text, '2024-03-12').at(-1)).toEqual(['اليوم التالي', '2024-03-12']);
  });

  it('finds no day after a date known only to its year', () => {
    expect(briefs('صدر القانون عام 2019 وطبق في اليوم التالي')).toEqual([['عام 2019', '2019']]);
  });

  it('reads «الأسبوع السابق/التالي/نفسه» as ISO weeks counted from the week of the date before', () => {
    // 2 May 2020 was a Saturday, in ISO week 18 (27 April to 3 May).
    expect(briefs('وقع الاتفاق في 2 مايو 2020. وزار الوفد البلاد في الأسبوع السابق، ثم في الأسبوع التالي')).toEqual([
      ['2 مايو 2020', '2020-05-02'],
      ['الأسبوع السابق', '2020-W17'],
      ['الأسبوع التالي', '2020-W18'],
    ]);
    expect(briefs('وقع الاتفاق في 2 مايو 2020، وأعلن عنه في الأسبوع نفسه')[1]).toEqual(['الأسبوع نفسه', '2020-W18']);
  });

  it('leaves «اليوم» in «اليوم التالي» and «اليوم نفسه» alone: neither is today', () => {
    expect(briefs('وقع الاتفاق في 2 مايو 2020 وأعلن عنه في اليوم نفسه').map(([text]) => text)).toEqual([
      '2 مايو 2020',
      'اليوم نفسه',
    ]);
  });
});

describe('weekdays and days named from the dateline', () => {
  it('resolves a weekday naming the dateline itself to the dateline', () => {
    expect(only('وقال يوم الثلاثاء إن').value).toBe('2021-09-07');
  });

  it('resolves a bare weekday in past-tense news to the most recent one', () => {
    expect(only('وصل الوفد يوم الجمعة').value).toBe('2021-09-03');
  });

  it('resolves a weekday in a clause about the future to the next one', () => {
    expect(only('ومن المقرر أن يعقد الوزراء اجتماعا يوم الأحد').value).toBe('2021-09-12');
  });

  it('reads «كان من المقرر» as a past plan, not the future', () => {
    expect(only('وكان من المقرر أن يصل يوم الأحد').value).toBe('2021-09-05');
  });

  it('resolves «المقبل» to the next weekday and «الماضي» to the last one', () => {
    expect(briefs('يوم الثلاثاء المقبل والثلاثاء الماضي')).toEqual([
      ['يوم الثلاثاء المقبل', '2021-09-14'],
      ['الثلاثاء الماضي', '2021-08-31'],
    ]);
  });

  it('reads a weekday with its date in attached parentheses as one expression', () => {
    const e = only('أعرب الرئيس يوم الثلاثاء(7 سبتمبر) عن استعداده');
    expect(brief(e)).toEqual(['يوم الثلاثاء(7 سبتمبر)', '2021-09-07']);
  });

  it('reads today, yesterday, tomorrow and the day before yesterday', () => {
    expect(briefs('اليوم وأمس وغداً وأول أمس')).toEqual([
      ['اليوم', '2021-09-07'],
      ['أمس', '2021-09-06'],
      ['غداً', '2021-09-08'],
      ['أول أمس', '2021-09-05'],
    ]);
  });

  it('counts «العام الهجري المقبل» from the Hijri year under way on the dateline, with a position word', () => {
    // 4 June 2024 is 27 Dhu al-Qa'da 1445; 1446 AH runs from 7 July 2024 to 25 June 2025.
    const june = (text: string) => extractTemporalExpressions(text, '2024-06-04').map((e) => [e.text, e.value]);
    expect(june('يطبق القرار مطلع العام الهجري المقبل بعد أن صدر في العام الهجري الماضي')).toEqual([
      ['مطلع العام الهجري المقبل', '2024-07-07/2025-06-25'],
      ['العام الهجري الماضي', '2022-07-30/2023-07-18'],
    ]);
  });

  it('reads two times of an unnamed day joined by «من … حتى» as one span', () => {
    expect(briefs('يستقبل المراجعين من الساعة التاسعة صباحا حتى الساعة الرابعة عصرا، والإعلان في الساعة العاشرة')).toEqual([
      ['من الساعة التاسعة صباحا حتى الساعة الرابعة عصرا', 'T09:00/T16:00'],
      ['الساعة العاشرة', 'T10:00'],
    ]);
  });

  it('reads a day of every month as a recurring day, in words or digits', () => {
    expect(briefs('يصرف الدعم في السابع والعشرين من كل شهر، وتجتمع اللجنة يوم 5 من كل شهر')).toEqual([
      ['السابع والعشرين من كل شهر', 'XXXX-XX-27'],
      ['يوم 5 من كل شهر', 'XXXX-XX-05'],
    ]);
  });

  it('takes a position word before a day into the day, whose value it keeps', () => {
    expect(briefs('تستمر العطلة حتى نهاية يوم السبت 16 ذي الحجة 1445هـ، وبنهاية دوام يوم الخميس')).toEqual([
      ['نهاية يوم السبت 16 ذي الحجة 1445هـ', '2024-06-22'],
      ['يوم الخميس', '2021-09-02'],
    ]);
  });

  it('reads the day after tomorrow and the day before yesterday with their weekdays', () => {
    // Dateline Tuesday 7 September 2021.
    expect(briefs('تقام المباراة بعد غد الخميس، وكانت القرعة أول أمس الأحد')).toEqual([
      ['بعد غد الخميس', '2021-09-09'],
      ['أول أمس الأحد', '2021-09-05'],
    ]);
  });

  it('does not read «اليوم الوطني» as today', () => {
    expect(find('احتفلت البلاد باليوم الوطني')).toEqual([]);
  });

  it('reads a part of the day before a weekday as a time', () => {
    expect(brief(only('وصل مساء الجمعة'))).toEqual(['مساء الجمعة', '2021-09-03TEV']);
  });

  it('reads «مساء أمس الأربعاء» as the evening of yesterday', () => {
    const e = only('أعلن مساء أمس الأربعاء', '2023-03-16');
    expect([e.type, e.value]).toEqual(['time', '2023-03-15TEV']);
  });

  it('gives the relative arithmetic of a weekday as data', () => {
    expect(only('وصل الوفد يوم الجمعة').arithmetic).toEqual({
      kind: 'relative',
      anchor: '2021-09-07',
      offset: { days: -4 },
      weekday: { day: 5, direction: 'on-or-before' },
    });
  });
});

describe('periods named from the dateline', () => {
  it('reads next year as the dateline year plus one', () => {
    const e = only('العام المقبل');
    expect([e.value, e.resolution, e.arithmetic]).toEqual([
      '2022',
      'relative',
      { kind: 'relative', anchor: '2021-09-07', offset: { years: 1 } },
    ]);
  });

  it('reads last month and this year', () => {
    expect(briefs('الشهر الماضي وهذا العام')).toEqual([
      ['الشهر الماضي', '2021-08'],
      ['هذا العام', '2021'],
    ]);
  });

  it('reads next week as an ISO week', () => {
    const e = only('تعقد القمة الأسبوع المقبل');
    expect([e.value, e.period]).toEqual([
      '2021-W37',
      { start: '2021-09-13', end: '2021-09-19', precision: 'day' },
    ]);
  });

  it('reads «قبل/منذ» with a count as a point before the dateline at the unit precision', () => {
    expect(briefs('منذ 3 سنوات وقبل ثلاثة أشهر')).toEqual([
      ['منذ 3 سنوات', '2018'],
      ['قبل ثلاثة أشهر', '2021-06'],
    ]);
  });

  it('reads dual forms as two units', () => {
    expect(briefs('قبل عامين ومنذ يومين ولمدة سنتين')).toEqual([
      ['قبل عامين', '2019'],
      ['منذ يومين', '2021-09-05'],
      ['سنتين', 'P2Y'],
    ]);
  });

  it('reads «بعد N أيام» as a point after the dateline', () => {
    expect(brief(only('تبدأ الحملة بعد 5 أيام'))).toEqual(['بعد 5 أيام', '2021-09-12']);
  });

  it('reads a length counted from an event as a duration only', () => {
    expect(brief(only('جاء القرار بعد أسبوعين من إعلان الحكومة'))).toEqual(['أسبوعين', 'P2W']);
  });

  it('leaves «خلال» outside the span of «الأشهر الثلاثة الماضية»', () => {
    expect(brief(only('ارتفعت خلال الأشهر الثلاثة الماضية'))).toEqual([
      'الأشهر الثلاثة الماضية',
      'P3M',
    ]);
  });

  it('does not read «قبل شهر رمضان» as a month ago', () => {
    expect(find('قبل شهر رمضان').map((e) => e.text)).toEqual(['شهر رمضان']);
  });

  it('keeps the position modifier inside the span and as data', () => {
    const e = only('أواخر العام الجاري');
    expect([e.text, e.value, e.modifier]).toEqual(['أواخر العام الجاري', '2021', 'END']);
  });

  it('reads quarters and halves of a year', () => {
    expect(briefs('الربع الأخير من عام 2024 والنصف الثاني من العام المقبل')).toEqual([
      ['الربع الأخير من عام 2024', '2024-Q4'],
      ['النصف الثاني من العام المقبل', '2022-H2'],
    ]);
  });
});

describe('years, spans and decades', () => {
  it('reads a year with its head word and leaves «منذ» outside', () => {
    expect(briefs('تأسست عام 2013 والعام 2014 وتعمل منذ 2009')).toEqual([
      ['عام 2013', '2013'],
      ['العام 2014', '2014'],
      ['2009', '2009'],
    ]);
  });

  it('does not read an amount as a year', () => {
    expect(find('بلغت الصادرات في 2000 مليون دولار')).toEqual([]);
  });

  it('reads a span of years in parentheses without the parentheses', () => {
    expect(brief(only('تولى المنصب (2015 ـ 2020)'))).toEqual(['2015 ـ 2020', '2015/2020']);
  });

  it('reads a span of days sharing a month', () => {
    expect(brief(only('من 4 إلى 6 أغسطس 2015'))).toEqual([
      'من 4 إلى 6 أغسطس 2015',
      '2015-08-04/2015-08-06',
    ]);
  });

  it('reads «من … وحتى …» as a span', () => {
    expect(brief(only('من 12 وحتى 30 يناير'))).toEqual([
      'من 12 وحتى 30 يناير',
      '2021-01-12/2021-01-30',
    ]);
  });

  it('reads a span closed by a day «منه» ("of it"), in the left end\'s month', () => {
    expect(brief(only('تفتح فترة الانتقالات من 1 يناير 2022 حتى 31 منه'))).toEqual([
      'من 1 يناير 2022 حتى 31 منه',
      '2022-01-01/2022-01-31',
    ]);
    // Not a span when the day does not come after the first one.
    expect(brief(only('من 12 يناير إلى 3 منه'))[1]).toBe('2021-01-12');
  });

  it('gives the left side of a span across New Year the year before', () => {
    expect(only('من 25 ديسمبر إلى 5 يناير 2021').value).toBe('2020-12-25/2021-01-05');
  });

  it('reads a decade without a century as the latest one begun by the dateline', () => {
    expect(briefs('في التسعينيات والعشرينيات')).toEqual([
      ['التسعينيات', '199'],
      ['العشرينيات', '202'],
    ]);
  });

  it('reads a decade of the last century', () => {
    expect(brief(only('في ثمانينيات القرن الماضي'))).toEqual(['ثمانينيات القرن الماضي', '198']);
  });

  it('reads a century by its ordinal', () => {
    expect(only('في القرن التاسع عشر').value).toBe('18');
  });
});

describe('anniversaries', () => {
  it('reads «الذكرى الـ30» as a 30-year duration', () => {
    const e = only('بمناسبة الذكرى الـ30 لاستقلالها');
    expect([e.text, e.type, e.value, e.resolution]).toEqual([
      'الذكرى الـ30',
      'duration',
      'P30Y',
      'anniversary',
    ]);
  });

  it('reads anniversaries with masculine tens and feminine compound ordinals', () => {
    expect(
      briefs(
        'الذكرى الثلاثين والذكرى السنوية العشرين والذكرى الحادية والعشرين وذكراها الخامسة والسبعين',
      ),
    ).toEqual([
      ['الذكرى الثلاثين', 'P30Y'],
      ['الذكرى السنوية العشرين', 'P20Y'],
      ['الذكرى الحادية والعشرين', 'P21Y'],
      ['ذكراها الخامسة والسبعين', 'P75Y'],
    ]);
  });

  it('computes the origin from the year a relative phrase gives the anniversary', () => {
    const [, anniversary] = find(
      'مشيرا إلى أن العام المقبل يصادف الذكرى الـ30 لإقامة العلاقات الدبلوماسية',
    );
    expect(anniversary?.arithmetic).toMatchObject({
      years: 30,
      date: '2022',
      origin: '1992',
      basis: 'date-in-text',
    });
  });

  it('dates the anniversary from an origin the text gives', () => {
    const [anniversary] = find('احتفلت المنظمة بالذكرى الخمسين لتأسيسها في 25 مايو 1971');
    expect(anniversary?.arithmetic).toMatchObject({
      origin: '1971-05-25',
      date: '2021-05-25',
      basis: 'origin-in-text',
    });
    expect(anniversary?.period).toEqual({ start: '2021-05-25', precision: 'day' });
  });

  it('assumes an undated anniversary falls in the dateline year and says it is approximate', () => {
    const e = only('وهنأ طاجيكستان بمناسبة الذكرى الـ30 المقبلة لاستقلالها');
    expect(e.text).toBe('الذكرى الـ30 المقبلة');
    expect(e.period).toEqual({ start: '2021', precision: 'year', approximate: true });
    expect(e.arithmetic).toMatchObject({ basis: 'assumed-dateline-year' });
  });

  it('does not take an ordinal that is not after «الذكرى» for an anniversary', () => {
    expect(find('أعمال الدورة الحادية والأربعين للمجلس')).toEqual([]);
  });
});

describe('Hijri dates', () => {
  it('converts «30 محرم 1443 هـ» to 7 September 2021', () => {
    const e = only('صدر في 30 محرم 1443 هـ');
    expect([e.text, e.value, e.resolution]).toEqual(['30 محرم 1443 هـ', '2021-09-07', 'calendar']);
  });

  it('converts «21 شوال 1436هـ» with the mark attached', () => {
    expect(brief(only('افتتحت في 21 شوال 1436هـ'))).toEqual(['21 شوال 1436هـ', '2015-08-06']);
  });

  it('reads a Hijri year as the span of its Gregorian days', () => {
    const e = only('موسم حج 1443 هـ');
    expect([e.type, e.value]).toEqual(['range', '2021-08-09/2022-07-29']);
  });

  it('takes the Hijri year from the dateline when none is written', () => {
    expect(only('تبدأ المناسك في الثامن من ذي الحجة', '2022-05-26').value).toBe('2022-07-07');
  });
});

describe('durations, sets and times', () => {
  it('reads an uncounted length from an event, «بعد أشهر من…», but not «أشهر» as "most famous"', () => {
    expect(briefs('بعد أشهر من أعمال التوسعة، وقبل أيام من الافتتاح')).toEqual([
      ['أشهر', 'PXM'],
      ['أيام', 'PXD'],
    ]);
    expect(briefs('وهو من أشهر الفنانين العرب')).toEqual([]);
  });

  it('reads one unit counted from an event as a length of one, «بعد أسبوع من…»', () => {
    expect(briefs('تبدأ المرحلة الأولى بعد أسبوع من إعلانها، وقبل يوم من الموعد')).toEqual([
      ['أسبوع', 'P1W'],
      ['يوم', 'P1D'],
    ]);
    // Counted from the dateline, the same words are a point in time.
    expect(briefs('وتبدأ بعد أسبوع')).toHaveLength(1);
    expect(briefs('وتبدأ بعد أسبوع')[0]?.[1]).toMatch(/^\d{4}-W\d{2}$/);
  });

  it('reads a year written as two with its head, and a school year named by its place', () => {
    expect(briefs('امتحانات العام الدراسي 2024/2025 والموسم 2023-2024 والعام المالي ٢٠٢٤/٢٠٢٥')).toEqual([
      ['العام الدراسي 2024/2025', '2024/2025'],
      ['الموسم 2023-2024', '2023/2024'],
      ['العام المالي ٢٠٢٤/٢٠٢٥', '2024/2025'],
    ]);
    expect(briefs('توج باللقب في موسم 2015-2016')).toEqual([['موسم 2015-2016', '2015/2016']]);
    // School years begin in September: in February the one under way began the September before.
    const feb = (text: string) => extractTemporalExpressions(text, '2025-02-18').map((e) => [e.text, e.value]);
    expect(feb('في العام الدراسي المقبل والسنة الجامعية الحالية والعام الدراسي الماضي')).toEqual([
      ['العام الدراسي المقبل', '2025/2026'],
      ['السنة الجامعية الحالية', '2024/2025'],
      ['العام الدراسي الماضي', '2023/2024'],
    ]);
    expect(extractTemporalExpressions('العام الدراسي الحالي', '2025-09-20').map((e) => e.value)).toEqual(['2025/2026']);
  });

  it('reads the business year: months of a year, a quarter without its year, the same quarter a year before', () => {
    const oct = (text: string) => extractTemporalExpressions(text, '2024-10-29').map((e) => [e.text, e.value]);
    expect(oct('نمت الأرباح خلال الأشهر التسعة الأولى من 2024 وفي الأشهر الثلاثة الأخيرة من العام الماضي')).toEqual([
      ['الأشهر التسعة الأولى من 2024', '2024-01/2024-09'],
      ['الأشهر الثلاثة الأخيرة من العام الماضي', '2023-10/2023-12'],
    ]);
    expect(oct('وارتفعت المبيعات في الربع الثالث مقارنة بالربع المماثل من العام السابق')).toEqual([
      ['الربع الثالث', '2024-Q3'],
      ['الربع المماثل من العام السابق', '2023-Q3'],
    ]);
    expect(oct('وتوزع الأرباح كل ربع سنة، وتراجع السهم منذ بداية العام إلى أدنى مستوى')).toEqual([
      ['كل ربع سنة', 'P3M'],
      ['بداية العام', '2024'],
    ]);
    expect(oct('ميزانية العام المالي 2025')).toEqual([['العام المالي 2025', '2025']]);
  });

  it('does not take a half or a quarter of something else, or «العام» meaning "general", for a date', () => {
    expect(briefs('سجل هدفا في النصف الأول من المباراة وفي النصف الأول')).toEqual([]);
    expect(briefs('في الربع الأول من القرن وبعد نهاية العام الدراسي قال الرأي العام')).toEqual([]);
  });

  it('reads a time with its day, in either order, as that time on that day', () => {
    const oct = (text: string) => extractTemporalExpressions(text, '2024-10-29').map((e) => [e.text, e.value]);
    expect(oct('يعقد المؤتمر الساعة الرابعة عصر غد الأربعاء')).toEqual([
      ['الساعة الرابعة عصر غد الأربعاء', '2024-10-30T16:00'],
    ]);
    expect(oct('والاجتماع يوم الخميس 31 أكتوبر الساعة 10:30 صباحا')).toEqual([
      ['يوم الخميس 31 أكتوبر الساعة 10:30 صباحا', '2024-10-31T10:30'],
    ]);
  });

  it('reads «لمدة شهر» as a length of one, but not a unit in construct', () => {
    expect(briefs('مدد الولاية لمدة سنة، وأغلق المعبر طوال أسبوع')).toEqual([
      ['سنة', 'P1Y'],
      ['أسبوع', 'P1W'],
    ]);
    expect(briefs('يصوم لمدة شهر رمضان').map(([, value]) => value)).not.toContain('P1M');
  });

  it('reads the second of two years joined by «و»', () => {
    expect(briefs('جرت الانتخابات في 2018 و2022، وفي عامي 2010 و2016')).toEqual([
      ['2018', '2018'],
      ['2022', '2022'],
      ['عامي 2010', '2010'],
      ['2016', '2016'],
    ]);
    expect(briefs('في 2018 و2000 دولار')).toEqual([['2018', '2018']]);
  });

  it('takes «منتصف» into a part of the day: «منتصف ليل الأربعاء 16 نيسان»', () => {
    const march = (text: string) => extractTemporalExpressions(text, '2025-03-11').map((e) => [e.text, e.value]);
    expect(march('حتى منتصف ليل الأربعاء 16 نيسان')).toEqual([['منتصف ليل الأربعاء 16 نيسان', '2025-04-16TNI']]);
  });

  it('reads «قبل قرن» and «قبل عقدين» at the unit’s precision, about the year counted', () => {
    const nov = (text: string) => extractTemporalExpressions(text, '2022-11-04');
    const [century, decades] = nov('اكتشفت المقبرة قبل قرن، وافتتح المتحف قبل عقدين');
    expect([century?.text, century?.value, century?.precision]).toEqual(['قبل قرن', '19', 'century']);
    expect(century?.period).toEqual({ start: '1922', precision: 'year', approximate: true });
    expect([decades?.value, decades?.period?.start]).toEqual(['200', '2002']);
  });

  it('reads «الذكرى المئوية» as the hundredth anniversary', () => {
    expect(briefs('احتفالا بالذكرى المئوية لاكتشاف المقبرة')).toEqual([['الذكرى المئوية', 'P100Y']]);
  });

  it('counts «العام التالي» from the year told before, not from a decade told since', () => {
    const text = 'توفي اللورد في أبريل من عام 1923، وفي عشرينيات القرن الماضي اشتهرت المقبرة، وفي العام التالي رفع الغطاء';
    const next = extractTemporalExpressions(text, '2022-11-04').find((e) => e.text === 'العام التالي');
    expect(next?.value).toBe('1924');
  });

  it('reads a length with a half', () => {
    expect(brief(only('خلاف استمر ثلاث سنوات ونصف'))).toEqual(['ثلاث سنوات ونصف', 'P3.5Y']);
  });

  it('reads counted lengths in words, including compound numbers', () => {
    expect(briefs('ثمانية عشر شهرا و48 ساعة وعشر دقائق')).toEqual([
      ['ثمانية عشر شهرا', 'P18M'],
      ['48 ساعة', 'PT48H'],
      ['عشر دقائق', 'PT10M'],
    ]);
  });

  it('reads recurrences', () => {
    expect(briefs('يعقد المجلس دورته كل عام وتقام العروض يوميا والندوات كل يوم سبت')).toEqual([
      ['كل عام', 'P1Y'],
      ['يوميا', 'P1D'],
      ['كل يوم سبت', 'XXXX-WXX-6'],
    ]);
  });

  it('reads a clock time in words after noon', () => {
    expect(brief(only('ابتداء من الساعة السابعة مساء'))).toEqual(['الساعة السابعة مساء', 'T19:00']);
  });

  it('reads an hour word as a clock time where a time is expected, the part of the day deciding the hour', () => {
    expect(brief(only('تبدأ الامتحانات في التاسعة صباحا'))).toEqual(['التاسعة صباحا', 'T09:00']);
    // The second of two takes its hour from its part of the day; the two make one span (README).
    expect(briefs('من التاسعة صباحا وحتى الثالثة والنصف عصرا')).toEqual([
      ['من التاسعة صباحا وحتى الثالثة والنصف عصرا', 'T09:00/T15:30'],
    ]);
    expect(briefs('في التاسعة صباحا والثالثة والنصف عصرا')).toEqual([
      ['التاسعة صباحا', 'T09:00'],
      ['الثالثة والنصف عصرا', 'T15:30'],
    ]);
    expect(brief(only('الساعة الواحدة ظهرا'))).toEqual(['الساعة الواحدة ظهرا', 'T13:00']);
    expect(brief(only('وفي الحادية عشرة ليلا'))).toEqual(['الحادية عشرة ليلا', 'T23:00']);
    expect(brief(only('عند الثانية ليلا'))).toEqual(['الثانية ليلا', 'T02:00']);
    expect(brief(only('حتى الثانية عشرة ظهرا'))).toEqual(['الثانية عشرة ظهرا', 'T12:00']);
  });

  it('does not read an ordinal after a noun as an hour', () => {
    expect(briefs('وانتهت الجلسة الثالثة صباحا بالتوقيع').map(([, value]) => value)).not.toContain('T03:00');
  });
});

describe('Maghrebi business prose and long spans of history', () => {
  const MOROCCO = '2025-10-14';

  it('reads «متم» as the end of a month or year, and «في أفق» before a year', () => {
    expect(briefs('عند متم شتنبر وإلى غاية متم غشت 2025', MOROCCO)).toEqual([
      ['متم شتنبر', '2025-09'],
      ['متم غشت 2025', '2025-08'],
    ]);
    expect(only('في متم السنة الجارية', MOROCCO).modifier).toBe('END');
    expect(briefs('26 مليون سائح في أفق 2030', MOROCCO)).toEqual([['2030', '2030']]);
  });

  it('reads «الفصل» as a quarter only with its year named, not a school term', () => {
    expect(
      briefs('خلال الفصل الثاني من سنة 2025، مقابل الفصل نفسه من السنة الماضية', MOROCCO),
    ).toEqual([
      ['الفصل الثاني من سنة 2025', '2025-Q2'],
      ['الفصل نفسه من السنة الماضية', '2024-Q2'],
    ]);
    expect(briefs('نتائج الفصل الأول من العام الدراسي', MOROCCO)).toEqual([]);
  });

  it('reads a span whose first end carries «المقبل», and days of a month named after them', () => {
    expect(briefs('من 21 دجنبر المقبل إلى 18 يناير', MOROCCO)).toEqual([
      ['من 21 دجنبر المقبل إلى 18 يناير', '2025-12-21/2026-01-18'],
    ]);
    expect(briefs('ستحتضن من 12 إلى 18 من الشهر المقبل مهرجانا', MOROCCO)).toEqual([
      ['من 12 إلى 18 من الشهر المقبل', '2025-11-12/2025-11-18'],
    ]);
  });

  it('reads an event called recurring by its adjective, not a rate or the weekend', () => {
    expect(briefs('يعقد المكتب اجتماعه السنوي وتقدم الفرقة عروضا يومية', MOROCCO)).toEqual([
      ['السنوي', 'P1Y'],
      ['يومية', 'P1D'],
    ]);
    expect(briefs('تراجع معدل التضخم السنوي، وإذا تزامنت مع العطلة الأسبوعية', MOROCCO)).toEqual([]);
  });

  it('reads a quarter or half of a century as whole years, and thousands of years', () => {
    const SUDAN = '2025-11-23';
    expect(briefs('بعد نحو ربع قرن من سقوط الدولة', SUDAN)).toEqual([['ربع قرن', 'P25Y']]);
    expect(briefs('استمر الحكم نصف قرن', SUDAN)).toEqual([['نصف قرن', 'P50Y']]);
    expect(briefs('وقع ذلك قبل نصف قرن', SUDAN)).toEqual([['قبل نصف قرن', '1975']]);
    expect(briefs('هاجرت الأسرة قبل عقد ونصف', SUDAN)).toEqual([['قبل عقد ونصف', '2010']]);
    expect(briefs('بلغت أوجها قبل نحو ألف عام، وحلي يزيد عمرها على ألفي عام', SUDAN)).toEqual([
      ['قبل نحو ألف عام', '1025'],
      ['ألفي عام', 'P2000Y'],
    ]);
  });

  it('reads «المئوية الأولى/الثانية» as the first or second centenary', () => {
    expect(brief(only('احتفاء بالذكرى المئوية الأولى لتأسيس البيت'))).toEqual([
      'الذكرى المئوية الأولى',
      'P100Y',
    ]);
    expect(only('الذكرى المئوية الثانية لميلاده').value).toBe('P200Y');
  });
});

describe('a Levantine weather report', () => {
  const AMMAN = '2026-01-14'; // a Wednesday

  it('reads weekdays in a forecast as the days to come, on to the end of the sentence', () => {
    expect(briefs('توقعت الأرصاد أن تتأثر المملكة اعتبارا من يوم الخميس', AMMAN)).toEqual([
      ['يوم الخميس', '2026-01-15'],
    ]);
    expect(
      briefs('ستنخفض الحرارة يوم الجمعة، إذ لن تتجاوز العظمى 6 درجات مئوية في المرتفعات الشمالية التي يزيد ارتفاعها على 1100 متر صباح السبت، وتشكل الصقيع صباح يوم الأحد.', AMMAN).map(([, value]) => value),
    ).toEqual(['2026-01-16', '2026-01-17TMO', '2026-01-18TMO']);
    // A sentence later, the news is past again.
    expect(briefs('ستنخفض الحرارة يوم الجمعة. وهطلت الأمطار يوم الأحد', AMMAN)[1]).toEqual(['يوم الأحد', '2026-01-11']);
  });

  it('reads a span between two times, each with its day', () => {
    expect(briefs('ستغلق الطريق من الساعة السادسة مساء الجمعة حتى الساعة العاشرة صباح السبت', AMMAN)).toEqual([
      ['من الساعة السادسة مساء الجمعة حتى الساعة العاشرة صباح السبت', '2026-01-16T18:00/2026-01-17T10:00'],
    ]);
  });

  it('reads the weekend, the middle of next week, and a night named by its two days', () => {
    expect(briefs('يستمر حتى نهاية الأسبوع، وموجة صقيع حتى منتصف الأسبوع المقبل', AMMAN)).toEqual([
      ['نهاية الأسبوع', '2026-W03'],
      ['منتصف الأسبوع المقبل', '2026-W04'],
    ]);
    expect(briefs('عواصف رعدية ليل الجمعة/السبت', AMMAN)).toEqual([['ليل الجمعة/السبت', '2026-01-09TNI']]);
  });

  it('reads «الساعات الـ48 المقبلة» as a length', () => {
    expect(briefs('خلال الساعات الـ48 المقبلة', AMMAN)).toEqual([['الساعات الـ48 المقبلة', 'PT48H']]);
  });

  it('reads a rainy season written as two years, with its position word', () => {
    expect(briefs('منذ بداية الموسم المطري 2025-2026', AMMAN)).toEqual([
      ['بداية الموسم المطري 2025-2026', '2025/2026'],
    ]);
  });

  it('reads the second of two months, and gives both a dual deixis', () => {
    expect(briefs('في تموز وآب الماضيين', AMMAN)).toEqual([
      ['تموز', '2025-07'],
      ['آب الماضيين', '2025-08'],
    ]);
    expect(briefs('خلال شباط وآذار', AMMAN)).toEqual([
      ['شباط', '2026-02'],
      ['آذار', '2026-03'],
    ]);
  });

  it('reads «اليوم ذاته من العام الماضي» as the day told before, a year earlier', () => {
    expect(briefs('بلغت النسبة صباح 3 كانون الثاني 29%، مقابل 38% في اليوم ذاته من العام الماضي', AMMAN)[1]).toEqual([
      'اليوم ذاته من العام الماضي',
      '2025-01-03',
    ]);
    expect(briefs('38% في اليوم نفسه من العام الماضي', AMMAN)).toEqual([['اليوم نفسه من العام الماضي', '2025-01-14']]);
  });
});

describe('a life told in an obituary', () => {
  const BEIRUT = '2026-05-16';

  it('reads «في مثل هذا اليوم من عام 1948» as the dateline’s day in that year', () => {
    expect(briefs('عبرت الحدود في مثل هذا اليوم من عام 1948', BEIRUT)).toEqual([
      ['مثل هذا اليوم من عام 1948', '1948-05-16'],
    ]);
    // 29 February has no such day in 2023.
    expect(briefs('في مثل هذا اليوم من عام 2023', '2024-02-29')).toEqual([]);
  });

  it('reads some units after an event as a length the text does not count, not «أشهر» as "most famous"', () => {
    expect(briefs('لتستقر بعد أشهر في مخيم، وزاره قبل وفاته بأسابيع', BEIRUT)).toEqual([
      ['أشهر', 'PXM'],
      ['أسابيع', 'PXW'],
    ]);
    expect(briefs('بعد أشهر المعارك في المنطقة', BEIRUT)).toEqual([]);
  });

  it('reads a season with its year or a deixis, as its three months, approximately', () => {
    expect(briefs('تحت حصار المدينة صيف 1982، ولم يعد إلا في خريف 1994', BEIRUT)).toEqual([
      ['صيف 1982', '1982-SU'],
      ['خريف 1994', '1994-FA'],
    ]);
    const autumn = only('أن يتولى نشره في الخريف المقبل', BEIRUT);
    expect([autumn.value, autumn.period]).toEqual(['2026-FA', { start: '2026-09', end: '2026-11', precision: 'month', approximate: true }]);
    expect(only('في الصيف الماضي', BEIRUT).value).toBe('2025-SU');
    // A winter is named by the year of its January.
    expect(only('خلال شتاء 2021', BEIRUT).period).toEqual({ start: '2020-12', end: '2021-02', precision: 'month', approximate: true });
    expect(only('الشتاء الحالي', '2026-01-14').value).toBe('2026-WI');
    // A season of weather or trade, and a season without a year, are not dates.
    expect(briefs('ويعد موسم الشتاء الحالي من أكثر المواسم جفافا، وفي الصيف تشتد الحرارة', BEIRUT)).toEqual([]);
  });

  it('marks a point counted with «نحو» or «أكثر من» as only about right', () => {
    const more = only('منذ أكثر من ست سنوات', '2026-02-10');
    expect([more.value, more.period?.approximate]).toEqual(['2020', true]);
    expect(only('قبل ست سنوات', '2026-02-10').period?.approximate).toBeUndefined();
  });

  it('reads a part of every day as a set, in TIMEX3’s form', () => {
    expect(briefs('وكان يكتب كل صباح، ويسهر كل ليلة', BEIRUT)).toEqual([
      ['كل صباح', 'XXXX-XX-XXTMO'],
      ['كل ليلة', 'XXXX-XX-XXTNI'],
    ]);
  });

  it('reads someone’s last ten years as a length, and an annual prize as a set', () => {
    expect(briefs('وأمضى الراحل سنواته العشر الأخيرة في شقة صغيرة، وأطلقت الدار جائزة سنوية', BEIRUT)).toEqual([
      ['سنواته العشر الأخيرة', 'P10Y'],
      ['سنوية', 'P1Y'],
    ]);
  });
});

describe('a Saudi business report', () => {
  const RIYADH = '2026-02-23'; // 6 Ramadan 1447

  it('reads a Hijri month by its place, and this Ramadan as this one even in a forecast', () => {
    expect(briefs('وتتوقع الشركة أن ترتفع المعاملات خلال شهر رمضان الجاري', RIYADH)).toEqual([
      ['شهر رمضان الجاري', '2026-02-18/2026-03-19'],
    ]);
    expect(briefs('وتتوقع الشركة أن ترتفع المعاملات خلال شهر رمضان', RIYADH)).toEqual([
      ['شهر رمضان', '2026-02-18/2026-03-19'],
    ]);
    expect(briefs('في رمضان المقبل، وفي ذي الحجة الماضي', RIYADH)).toEqual([
      ['رمضان المقبل', '2027-02-08/2027-03-08'],
      ['ذي الحجة الماضي', '2025-05-28/2025-06-25'],
    ]);
  });

  it('reads a Hijri date written in figures with its mark, year first or last', () => {
    expect(briefs('بتاريخ 1447/05/20هـ، وبتاريخ 20/5/1447 هـ', RIYADH)).toEqual([
      ['1447/05/20هـ', '2025-11-11'],
      ['20/5/1447 هـ', '2025-11-11'],
    ]);
  });

  it('reads the calendar decade by its place', () => {
    expect(briefs('خلال العقد الحالي، وحتى منتصف العقد المقبل', RIYADH)).toEqual([
      ['العقد الحالي', '202'],
      ['منتصف العقد المقبل', '203'],
    ]);
  });

  it('reads whole units, units after «بنحو», and the first units of something, as lengths', () => {
    expect(briefs('لمدة عام كامل، قبل أن تبدأ التشغيل بنحو أسبوع، خلال الأشهر الستة الأولى من اشتراكها', RIYADH)).toEqual([
      ['عام كامل', 'P1Y'],
      ['أسبوع', 'P1W'],
      ['الأشهر الستة الأولى', 'P6M'],
    ]);
  });

  it('reads reports and payouts called monthly or quarterly as sets', () => {
    expect(briefs('التحول إلى توزيعات ربع سنوية بعد أن كانت توزيعات الشركة نصف سنوية، إضافة إلى تقرير امتثال سنوي', RIYADH)).toEqual([
      ['ربع سنوية', 'P3M'],
      ['نصف سنوية', 'P6M'],
      ['سنوي', 'P1Y'],
    ]);
  });
});

describe('what is not a temporal expression', () => {
  it('finds nothing in numbers that are not times', () => {
    expect(find('مكافحة (كوفيد-19) وفوز بهدفين وارتفاع بين 3 و5 في المئة وفي الدقيقة 88')).toEqual(
      [],
    );
  });

  it('finds nothing in a text without dates', () => {
    expect(find('أعرب الرئيس عن استعداد الجانب الصيني للعمل مع طاجيكستان.')).toEqual([]);
  });
});

describe('spans', () => {
  it('leaves attached clitics outside the span', () => {
    expect(briefs('بالذكرى الخامسة والسبعين ولستة أشهر')).toEqual([
      ['الذكرى الخامسة والسبعين', 'P75Y'],
      ['ستة أشهر', 'P6M'],
    ]);
  });

  it('counts offsets in UTF-16 code units', () => {
    const text = '😀 وصل أمس';
    const e = only(text);
    expect([e.start, e.end, text.slice(e.start, e.end)]).toEqual([7, 10, 'أمس']);
  });

  it('keeps the tanween of the last letter inside the span', () => {
    expect(only('يصل غداً إلى').text).toBe('غداً');
  });

  it('never lets an expression run across a line break', () => {
    expect(find('في عام\n2013').map((e) => e.text)).toEqual([]);
  });
});

describe('the dateline', () => {
  it('is refused when it is not a real day', () => {
    expect(() => find('أمس', '2021-02-30')).toThrow(RangeError);
  });
});
