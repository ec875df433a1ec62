// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyWork, localDay, withEdit, withFound, withInput } from './work';

const work = withEdit(withFound(withInput(emptyWork('2021-09-07'), { text: 'وصل الوفد أمس' })).work, 's1-t1', {
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

  it('keeps the edits when dates are found again for the same input', () => {
    expect(withFound(work)).toEqual({ work, dropped: 0 });
    expect(withFound(work).work.edits).toBe(work.edits);
  });

  it('keeps the edits of proposals still in a changed text, under their new ids', () => {
    // A sentence before it shifts «أمس» from s1-t1 to s2-t1; another dateline changes no words.
    const longer = withFound(withInput(work, { text: 'اجتمع الوزراء يوم الأحد. وصل الوفد أمس', dateline: '2021-09-08' }));
    expect(longer.dropped).toBe(0);
    expect(longer.work.edits).toEqual({ 's2-t1': { removed: true } });
  });

  it('drops, and counts, the edits whose words are gone', () => {
    const changed = withFound(withInput(work, { text: 'وصل الوفد اليوم' }));
    expect(changed).toEqual({ work: expect.objectContaining({ edits: {} }) as unknown, dropped: 1 });
  });

  it('moves an anniversary link along with the proposals it joins, and lets go of one to a proposal that is gone', () => {
    const text = 'احتفل البلدان بالذكرى الـ30 لإقامة العلاقات الدبلوماسية في 4 يناير 1992.';
    const linked = withEdit(withFound(withInput(emptyWork('2021-09-07'), { text })).work, 's1-t1', {
      title: { en: 'Thirty years' },
      anniversaryOf: 's1-t2',
    });
    const moved = withFound(withInput(linked, { text: `وصل الوفد أمس. ${text}` }));
    expect(moved.work.edits).toEqual({ 's2-t1': { title: { en: 'Thirty years' }, anniversaryOf: 's2-t2' } });
    const unlinked = withEdit(linked, 's1-t1', { anniversaryOf: 'gone' });
    expect(withFound(withInput(unlinked, { text: `وصل الوفد أمس. ${text}` })).work.edits).toEqual({
      's2-t1': { title: { en: 'Thirty years' } },
    });
  });

  it('merges titles edited one language at a time', () => {
    const titled = withEdit(withEdit(work, 's1-t1', { title: { en: 'Arrival' } }), 's1-t1', { title: { ar: 'وصول' } });
    expect(titled.edits['s1-t1']).toEqual({ removed: true, title: { en: 'Arrival', ar: 'وصول' } });
  });
});
