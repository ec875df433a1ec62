import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('highlightSegments', () => {
  it('marks the phrase and keeps the text around it', () => {
    expect(highlightSegments('قال يوم الثلاثاء إنه', ['يوم الثلاثاء'])).toEqual([
      { text: 'قال ', marked: false },
      { text: 'يوم الثلاثاء', marked: true },
      { text: ' إنه', marked: false },
    ]);
  });

  it('merges overlapping phrases into one mark', () => {
    expect(highlightSegments('abcdef', ['bcd', 'cde'])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcde', marked: true },
      { text: 'f', marked: false },
    ]);
  });

  it('leaves the text whole when the phrase is absent', () => {
    expect(highlightSegments('nothing here', ['missing'])).toEqual([{ text: 'nothing here', marked: false }]);
  });

  it('keeps markup as plain text', () => {
    const segments = highlightSegments('<b>x</b> y', ['y']);
    expect(segments.map((s) => s.text).join('')).toBe('<b>x</b> y');
  });
});
