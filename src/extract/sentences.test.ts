import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('makes each line a sentence and the first line the headline', () => {
    const sentences = splitSentences('عنوان الخبر\nالجملة الأولى. وتكملتها.\nالجملة الثانية');
    expect(sentences.map((s) => [s.id, s.text, s.headline])).toEqual([
      ['s1', 'عنوان الخبر', true],
      ['s2', 'الجملة الأولى. وتكملتها.', false],
      ['s3', 'الجملة الثانية', false],
    ]);
  });

  it('skips blank lines and trims spaces and carriage returns', () => {
    const text = 'عنوان \r\n\r\n  نص الخبر\r\n';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['عنوان', 'نص الخبر']);
  });

  it('gives offsets that cut each sentence out of the input', () => {
    const text = 'عنوان\n  نص الخبر  \n';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits a single paragraph after sentence-final punctuation, without a headline', () => {
    const sentences = splitSentences(
      'وصل الوفد أمس. وقال الوزير إن النمو بلغ 4.5 في المئة؟ ثم غادر',
    );
    expect(sentences.map((s) => [s.text, s.headline])).toEqual([
      ['وصل الوفد أمس.', false],
      ['وقال الوزير إن النمو بلغ 4.5 في المئة؟', false],
      ['ثم غادر', false],
    ]);
  });

  it('returns no sentences for blank text', () => {
    expect(splitSentences(' \n \n')).toEqual([]);
  });
});
