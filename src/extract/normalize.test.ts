import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from './normalize';

describe('normalize', () => {
  it('turns Arabic-Indic digits into Western digits one for one', () => {
    expect(normalize('٧ سبتمبر ٢٠٢١').text).toBe('7 سبتمبر 2021');
  });

  it('unifies hamza alefs, alef maqsura and ta marbuta but keeps alef madda', () => {
    expect(normalize('الأولى إلى آب سنة').text).toBe('الاولي الي آب سنه');
  });

  it('drops diacritics and maps spans back over them', () => {
    const n = normalize('غداً ثم');
    expect(n.text).toBe('غدا ثم');
    expect(toOriginalSpan(n, 0, 3)).toEqual({ start: 0, end: 4 });
  });

  it('keeps the tatweel that separates «الـ30»', () => {
    expect(normalize('الـ30').text).toBe('الـ30');
  });
});
