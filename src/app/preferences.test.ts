import { describe, expect, it } from 'vitest';
import { initialLanguage } from './preferences';

describe('the first language', () => {
  it('is the address’s, over a saved choice and the browser’s languages', () => {
    expect(initialLanguage('?lang=ru', 'ar', ['zh-CN'])).toBe('ru');
  });

  it('is the saved choice when the address names none (or none Zaman has)', () => {
    expect(initialLanguage('', 'ar', ['zh-CN'])).toBe('ar');
    expect(initialLanguage('?lang=fr', 'ar', ['zh-CN'])).toBe('ar');
  });

  it('is the first of the browser’s languages that Zaman has, by its base language', () => {
    expect(initialLanguage('', null, ['fr-FR', 'zh-Hans-CN', 'ru'])).toBe('zh');
    expect(initialLanguage('', 'xx', ['ar-EG'])).toBe('ar');
  });

  it('is English when nothing else says', () => {
    expect(initialLanguage('', null, ['fr', 'de'])).toBe('en');
    expect(initialLanguage('', null, [])).toBe('en');
  });
});
