// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkAnniversary } from './anniversary';

describe('checking an anniversary against its origin', () => {
  it('counts the years between the two dates', () => {
    expect(checkAnniversary('2022', '1992')).toEqual({ ok: true, years: 30 });
    expect(checkAnniversary('2021-05-25', '1971-05-25')).toEqual({ ok: true, years: 50 });
  });

  it('compares at the coarser precision', () => {
    expect(checkAnniversary('2021', '1991-09-09')).toEqual({ ok: true, years: 30 });
  });

  it('notes when the text speaks of other years than the dates give', () => {
    expect(checkAnniversary('2022', '1991', 30)).toEqual({ ok: true, years: 31, textSays: 30 });
    expect(checkAnniversary('2022', '1992', 30)).toEqual({ ok: true, years: 30 });
  });

  it('refuses an origin that is not at least a year earlier', () => {
    expect(checkAnniversary('2022', '2022')).toMatchObject({ ok: false, reason: 'not-after' });
    expect(checkAnniversary('2020', '2022')).toMatchObject({ ok: false, reason: 'not-after', years: -2 });
  });

  it('refuses days that are not a whole number of years apart', () => {
    expect(checkAnniversary('2021-05-24', '1971-05-25')).toMatchObject({ ok: false, reason: 'not-on-anniversary' });
  });

  it('refuses dates that are not dates', () => {
    expect(checkAnniversary('2022-13', '1992')).toMatchObject({ ok: false, reason: 'bad-date' });
  });
});
