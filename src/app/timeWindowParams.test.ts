import { describe, expect, it } from 'vitest';
import { parseUrlState, formatUrlState } from './urlState';
import { paramsFromWindow, showsAll, windowFromParams } from './timeWindowParams';

const at = (iso: string) => Date.parse(iso);

describe('the timeline’s window in the address', () => {
  it('names the first and last day shown, rounded to the nearest midnight', () => {
    expect(
      paramsFromWindow({ t0: at('2019-05-31T20:00:00Z'), t1: at('2022-01-01T03:00:00Z') }),
    ).toEqual({ from: '2019-06-01', to: '2021-12-31' });
  });

  it('names hours in a window under a year wide, and comes back to within half an hour', () => {
    const window = { t0: at('2021-09-05T07:10:00Z'), t1: at('2021-09-09T16:40:00Z') };
    const params = paramsFromWindow(window);
    expect(params).toEqual({ from: '2021-09-05T07', to: '2021-09-09T16' });
    const back = windowFromParams(params.from, params.to);
    expect(Math.abs((back?.t0 ?? 0) - window.t0)).toBeLessThanOrEqual(30 * 60_000);
    expect(Math.abs((back?.t1 ?? 0) - window.t1)).toBeLessThanOrEqual(30 * 60_000);
  });

  it('comes back as the same wide window, to within half a day at each end', () => {
    const window = { t0: at('1991-03-05T07:00:00Z'), t1: at('2021-09-09T16:00:00Z') };
    const params = paramsFromWindow(window);
    const back = windowFromParams(params.from, params.to);
    expect(Math.abs((back?.t0 ?? 0) - window.t0)).toBeLessThanOrEqual(12 * 3600_000);
    expect(Math.abs((back?.t1 ?? 0) - window.t1)).toBeLessThanOrEqual(12 * 3600_000);
  });

  it('reads a window from hours, `to`’s hour included', () => {
    expect(windowFromParams('2021-09-07T06', '2021-09-07T17')).toEqual({
      t0: at('2021-09-07T06:00:00Z'),
      t1: at('2021-09-07T18:00:00Z'),
    });
    expect(windowFromParams('2021-09-07T24', '2021-09-08')).toBeUndefined();
  });

  it('names years before the common era as JavaScript’s dates do', () => {
    const window = { t0: Date.UTC(-50, 0, 1), t1: Date.UTC(10, 0, 1) };
    const params = paramsFromWindow(window);
    expect(params.from).toBe('-000050-01-01');
    expect(windowFromParams(params.from, params.to)?.t0).toBe(window.t0);
  });

  it('reads a window from days, `to` included', () => {
    expect(windowFromParams('2021-09-07', '2021-09-07')).toEqual({
      t0: at('2021-09-07T00:00:00Z'),
      t1: at('2021-09-08T00:00:00Z'),
    });
  });

  it('ignores a window with one end missing or ending before it starts', () => {
    expect(windowFromParams('2021-09-07', undefined)).toBeUndefined();
    expect(windowFromParams('2021-09-07', '2021-09-01')).toBeUndefined();
  });

  it('keeps only well-formed days in the parsed address, in a fixed place when written', () => {
    const state = parseUrlState('?to=2021-12-31&lang=en&from=2019-06-01&event=x');
    expect([state.from, state.to]).toEqual(['2019-06-01', '2021-12-31']);
    expect(formatUrlState(state)).toBe('?lang=en&event=x&from=2019-06-01&to=2021-12-31');
    expect(parseUrlState('?from=2019-13-45&to=yesterday').from).toBeUndefined();
    expect(parseUrlState('?from=2019-13-45&to=yesterday').to).toBeUndefined();
    expect(parseUrlState('?from=2021-09-05T07&to=2021-09-09T16').to).toBe('2021-09-09T16');
  });

  it('counts a window within a day of the whole timeline as all of it', () => {
    const all = { t0: at('1990-01-01T00:00:00Z'), t1: at('2023-01-01T00:00:00Z') };
    expect(showsAll({ t0: all.t0 + 3600_000, t1: all.t1 - 3600_000 }, all)).toBe(true);
    expect(showsAll({ t0: all.t0 + 3 * 86_400_000, t1: all.t1 }, all)).toBe(false);
  });
});
