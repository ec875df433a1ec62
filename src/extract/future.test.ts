import { describe, expect, it } from 'vitest';
import { isFutureClause } from './future';
import { normalize } from './normalize';

const future = (clause: string) => {
  const text = normalize(`${clause} يوم الأحد`).text;
  return isFutureClause(text, text.lastIndexOf(' يوم ') + 1);
};

describe('isFutureClause', () => {
  it('hears the future particle on a verb', () => {
    expect(future('سيعقد الوزراء اجتماعا')).toBe(true);
  });

  it('hears «من المقرر»', () => {
    expect(future('ومن المقرر أن يصل الوفد')).toBe(true);
  });

  it('puts «كان من المقرر» in the past', () => {
    expect(future('وكان من المقرر أن يصل الوفد')).toBe(false);
  });

  it('does not take nouns that start like future verbs for the future', () => {
    expect(future('ناقش الخبراء السياسة والسيارات قبل سنوات')).toBe(false);
  });

  it('looks no further back than the start of the sentence', () => {
    expect(future('سيعقد الوزراء اجتماعا. وصل الوفد')).toBe(false);
  });
});
