import { describe, expect, it } from 'vitest';
import { continuesFuture, isFutureClause } from './future';
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

  it('hears a forecast, «لن», and «على أن» before a verb', () => {
    expect(future('توقعت إدارة الأرصاد الجوية أن تتأثر المملكة اعتبارا من')).toBe(true);
    expect(future('إذ لن تتجاوز العظمى في عمان 6 درجات مئوية، مع تساقط الثلوج')).toBe(true);
    expect(future('على أن يستمر تأثيره حتى')).toBe(true);
    expect(future('وأكد الوزير على أهمية التعاون، خلال لقائه')).toBe(false);
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

  it('carries a forecast on to the next expression of the sentence, not past its end', () => {
    const text = 'ستنخفض الحرارة يوم الجمعة، مع تساقط الثلوج صباح السبت. وصل الوفد يوم الأحد';
    const friday = text.indexOf('يوم الجمعة');
    expect(continuesFuture(text, friday, text.indexOf('صباح السبت'))).toBe(true);
    expect(continuesFuture(text, friday, text.indexOf('يوم الأحد'))).toBe(false);
    expect(continuesFuture(text, -1, text.indexOf('صباح السبت'))).toBe(false);
  });
});
