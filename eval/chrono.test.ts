import { describe, expect, it } from 'vitest';
import { chronoExpressions } from './chrono';

const values = (text: string, dateline = '2021-09-07') =>
  chronoExpressions(text, dateline).map((e) => [e.text, e.value]);

describe('chronoExpressions', () => {
  it("maps a day and month with an implied year to a day, keeping chrono's own span", () => {
    // chrono takes the preposition into its span; the strict span score shows that.
    expect(values('وصل في 12 سبتمبر')).toEqual([['في 12 سبتمبر', '2021-09-12']]);
  });

  it('maps a year chrono knows only as a year to a year', () => {
    expect(values('العام المقبل')).toEqual([['العام المقبل', '2022']]);
  });

  it('maps a weekday to the day chrono resolves it to', () => {
    expect(values('يوم الجمعة الماضي')).toEqual([['يوم الجمعة الماضي', '2021-09-03']]);
  });

  it('maps a result with an end to a range', () => {
    expect(chronoExpressions('من 4 إلى 6 أغسطس', '2021-09-07')[0]).toMatchObject({
      type: 'range',
      value: '2021-08-04/2021-08-06',
    });
  });
});
