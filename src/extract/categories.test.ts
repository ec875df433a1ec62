import { describe, expect, it } from 'vitest';
import { guessCategory } from './categories';

describe('guessCategory', () => {
  it('finds a lane from a word with a clitic attached', () => {
    expect(guessCategory('تعزيز التعاون في الاقتصاد والتجارة')).toBe('economy');
  });

  it('prefers the summit lane when a summit is named', () => {
    expect(guessCategory('ضمان نجاح قمة المنظمة والعلاقات الدبلوماسية')).toBe('summit');
  });

  it('falls back to other', () => {
    expect(guessCategory('أعرب الرئيس عن استعداده')).toBe('other');
  });
});
