import { describe, expect, it } from 'vitest';
import { axisTicks, tickLevel, ticksWithRoom, tickLabelForms } from './axis';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('axis ticks', () => {
  it('labels years when the view spans decades', () => {
    const ticks = axisTicks(t('1990-01-01'), t('2022-01-01'), 880, 'en');
    expect(ticks.every((tick) => tick.level === 'year')).toBe(true);
    expect(ticks.map((tick) => tick.label)).toContain('2000');
  });

  it('labels months, with the year on January, when the view spans a year', () => {
    const ticks = axisTicks(t('2020-11-01'), t('2021-10-01'), 1000, 'en');
    expect(ticks[0]?.level).toBe('month');
    expect(ticks.find((tick) => tick.major)?.label).toBe('Jan 2021');
  });

  it('labels days when the view spans weeks', () => {
    const ticks = axisTicks(t('2021-09-01'), t('2021-09-20'), 900, 'en');
    expect(ticks[0]?.level).toBe('day');
  });

  it('names the month on the first weekly tick in it, though it is not the 1st', () => {
    const ticks = axisTicks(t('2021-08-01'), t('2021-10-20'), 700, 'en', 55);
    expect(ticks[0]?.level).toBe('day');
    expect(ticks.some((tick) => tick.value === t('2021-09-01'))).toBe(false);
    const months = ticks.filter((tick) => tick.major).map((tick) => tick.label);
    expect(months).toEqual([expect.stringMatching(/ Sept?$/), expect.stringMatching(/ Oct$/)]);
  });

  it('places ticks in reading space between 0 and the length', () => {
    const ticks = axisTicks(t('2000-01-01'), t('2010-01-01'), 500, 'en');
    expect(ticks[0]?.u).toBeCloseTo(0);
    expect(ticks.at(-1)?.u).toBeCloseTo(500);
  });

  it('writes month names in Arabic with Western digits', () => {
    const ticks = axisTicks(t('2020-11-01'), t('2021-10-01'), 1000, 'ar');
    expect(ticks.find((tick) => tick.major)?.label).toBe('يناير 2021');
  });

  it('leaves out labels that would be cut by either end of the axis', () => {
    const ticks = axisTicks(t('1990-01-01'), t('2022-01-01'), 880, 'en');
    const fitting = ticksWithRoom(ticks, 880, () => 40);
    expect(fitting.every((tick) => tick.u >= 20 && tick.u <= 860)).toBe(true);
    expect(fitting.length).toBeGreaterThan(0);
  });

  it('leaves out labels that would cover a stretch another label holds', () => {
    const ticks = axisTicks(t('2021-08-01'), t('2021-10-01'), 600, 'en');
    const all = ticksWithRoom(ticks, 600, () => 16);
    const held = [280, 316] as const;
    const shown = ticksWithRoom(ticks, 600, () => 16, held);
    expect(all.some((tick) => tick.u + 8 > held[0] && tick.u - 8 < held[1])).toBe(true);
    expect(shown.every((tick) => tick.u + 8 <= held[0] || tick.u - 8 >= held[1])).toBe(true);
    expect(shown.length).toBeGreaterThan(all.length - 3);
  });

  it('gives the first label shown its month, even when the first tick was left out', () => {
    const ticks = axisTicks(t('2021-08-30'), t('2021-09-30'), 900, 'en');
    const shown = ticksWithRoom(ticks.slice(1), 900, () => 40);
    expect(shown[0]?.label).toMatch(/Sep/);
  });

  it('picks the level from the tick spacing', () => {
    expect(tickLevel(365 * 86_400_000)).toBe('year');
    expect(tickLevel(31 * 86_400_000)).toBe('month');
    expect(tickLevel(7 * 86_400_000)).toBe('day');
  });
});

describe('tickLabelForms', () => {
  it('gives every form a label takes, so the upright axis can fit the widest', () => {
    const forms = tickLabelForms('ru');
    expect(forms).toHaveLength(25);
    expect(forms).toContain('2000');
    expect(forms).toContain('сент. 2000 г.');
    expect(forms).toContain('28 сент.');
    expect(tickLabelForms('zh')).toContain('2000年12月');
  });
});
