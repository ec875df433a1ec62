import { describe, expect, it } from 'vitest';
import { fitToWidth } from './fitLabel';

// One unit per character: widths are easy to reason about.
const measure = (text: string) => Array.from(text).length;

describe('fitToWidth', () => {
  it('keeps a title that fits', () => {
    expect(fitToWidth('SCO summit in Dushanbe', 30, measure)).toBe('SCO summit in Dushanbe');
  });

  it('cuts at a word’s end, never inside a number, and drops a hanging colon', () => {
    expect(fitToWidth('Date in sentence 12: August 2024', 30, measure)).toBe('Date in sentence 12: August…');
    expect(fitToWidth('Date in sentence 12: August 2024', 26, measure)).toBe('Date in sentence 12…');
  });

  it('does not keep a day without its month, but keeps a year', () => {
    expect(fitToWidth('Date in sentence 7: 20 September 2025', 25, measure)).toBe('Date in sentence 7…');
    expect(fitToWidth('وتنطلق الدراسة يوم 20 سبتمبر المقبل', 22, measure)).toBe('وتنطلق الدراسة يوم…');
    expect(fitToWidth('Founded in 1991 by the ministry', 17, measure)).toBe('Founded in 1991…');
  });

  it('keeps an Arabic year whole', () => {
    const title = 'وكان الوزير قد طرح في أغسطس 2024 خطة لتقليص عدد المواد';
    const cut = fitToWidth(title, 34, measure);
    expect(cut).toBe('وكان الوزير قد طرح في أغسطس 2024…');
    expect(fitToWidth(title, 31, measure)).toBe('وكان الوزير قد طرح في أغسطس…');
  });

  it('cuts by characters where there is no space to cut at', () => {
    expect(fitToWidth('上海合作组织成立二十周年峰会', 8, measure)).toBe('上海合作组织成…');
    expect(fitToWidth('Supercalifragilistic', 6, measure)).toBe('Super…');
  });

  it('cuts into the next word where whole words would leave most of the room empty', () => {
    // Whole words give "Shanghai…" (9 of 16): a third of a narrow column wasted.
    expect(fitToWidth('Shanghai Cooperation Organisation founded', 16, measure)).toBe('Shanghai Cooper…');
    expect(fitToWidth('قمة منظمة شانغهاي للتعاون في دوشنبه', 16, measure)).toBe('قمة منظمة شانغه…');
    // …but keeps at least three of its letters, and never cuts a number.
    expect(fitToWidth('Xi Cooperation', 7, measure)).toBe('Xi Coo…');
    expect(fitToWidth('Xi Cooperation', 6, measure)).toBe('Xi…');
    expect(fitToWidth('Founded in 1991 by the ministry', 14, measure)).toBe('Founded in…');
    expect(fitToWidth('Summit 2021–2022 roadmap', 16, measure)).toBe('Summit…');
    expect(fitToWidth('Date in sentence 7: 20 September 2025', 22, measure)).toBe('Date in sentence 7…');
  });

  it('fits the ellipsis in the width', () => {
    for (let width = 4; width < 40; width++) {
      expect(measure(fitToWidth('Date in sentence 12: August 2024', width, measure))).toBeLessThanOrEqual(width);
    }
  });
});
