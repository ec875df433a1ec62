import { describe, expect, it } from 'vitest';
import { fallbackAttributes, pickText } from './localize';

describe('pickText', () => {
  it('falls back to English, then Arabic, and says so', () => {
    expect(pickText({ ar: 'نص', en: 'text' }, 'zh')).toEqual({ text: 'text', language: 'en', fallback: true });
    expect(pickText({ ar: 'نص' }, 'ru')).toEqual({ text: 'نص', language: 'ar', fallback: true });
    expect(pickText({ ar: 'نص', zh: '文' }, 'zh')).toEqual({ text: '文', language: 'zh', fallback: false });
  });
});

describe('fallbackAttributes', () => {
  it('gives text in another language its own lang and direction', () => {
    expect(fallbackAttributes(pickText({ ar: 'نص' }, 'ru'))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(fallbackAttributes(pickText({ en: 'text' }, 'ar'))).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('adds nothing to text in the interface’s own language', () => {
    expect(fallbackAttributes(pickText({ ar: 'نص' }, 'ar'))).toEqual({});
    expect(fallbackAttributes(undefined)).toEqual({});
  });
});
