// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyWork, localDay, withEdit, withFound, withInput } from './work';

const work = withEdit(withFound(withInput(emptyWork('2021-09-07'), { text: 'وصل الوفد أمس' })), 's1-t1', {
  removed: true,
});

describe('the state of the work', () => {
  it('starts today, in the author’s time zone', () => {
    expect(localDay(new Date(2021, 8, 7, 23, 30))).toBe('2021-09-07');
    expect(emptyWork('2021-09-07').input).toEqual({
      text: '',
      dateline: '2021-09-07',
      translation: '',
      translationLanguage: 'en',
    });
  });

  it('keeps the edits when dates are found again for the same input, and drops them for new input', () => {
    expect(withFound(work).edits).toBe(work.edits);
    expect(withFound(withInput(work, { dateline: '2022-01-01' })).edits).toEqual({});
  });

  it('merges titles edited one language at a time', () => {
    const titled = withEdit(withEdit(work, 's1-t1', { title: { en: 'Arrival' } }), 's1-t1', { title: { ar: 'وصول' } });
    expect(titled.edits['s1-t1']).toEqual({ removed: true, title: { en: 'Arrival', ar: 'وصول' } });
  });
});
