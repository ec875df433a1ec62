import { describe, expect, it } from 'vitest';
import { clearWork, loadWork, parseWork, saveWork, STORAGE_KEY } from './storage';
import { emptyWork, withEdit, withFound, withInput, type WorkInProgress } from './work';

const work: WorkInProgress = withEdit(
  withFound(withInput(emptyWork('2021-09-07'), { text: 'وصل الوفد أمس' })).work,
  's1-t1',
  { title: { en: 'Arrival' }, dates: { start: '2021-09', precision: 'month' }, anniversaryOf: null },
);

describe('work in progress in localStorage', () => {
  it('comes back as it was saved', () => {
    saveWork(window.localStorage, work);
    expect(loadWork(window.localStorage)).toEqual(work);
  });

  it('is gone once cleared', () => {
    saveWork(window.localStorage, work);
    clearWork(window.localStorage);
    expect(loadWork(window.localStorage)).toBeUndefined();
  });

  it('is ignored when it is not JSON or not work in progress', () => {
    window.localStorage.setItem(STORAGE_KEY, '{oops');
    expect(loadWork(window.localStorage)).toBeUndefined();
    expect(parseWork([1, 2])).toBeUndefined();
    expect(parseWork({ input: { text: 3 } })).toBeUndefined();
  });

  it('drops fields that are wrong and keeps the rest', () => {
    const stored = {
      input: { text: 'نص', dateline: '2021-09-07', translation: '', translationLanguage: 'fr' },
      found: { text: 'نص', dateline: '2021-09-07', translation: '', translationLanguage: 'en' },
      edits: {
        a: { removed: true, category: 'festival', dates: { start: '2021', precision: 'decade' }, title: { en: 'A', ar: 5 } },
        b: 'not an edit',
      },
    };
    expect(parseWork(stored)).toEqual({
      input: { text: 'نص', dateline: '2021-09-07', translation: '', translationLanguage: 'en' },
      found: stored.found,
      edits: { a: { removed: true, title: { en: 'A' } } },
    });
  });

  it('survives storage that refuses to be used', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(loadWork(broken)).toBeUndefined();
    expect(() => saveWork(broken, work)).not.toThrow();
    expect(() => clearWork(broken)).not.toThrow();
  });
});
