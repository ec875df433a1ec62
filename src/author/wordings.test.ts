import { describe, expect, it } from 'vitest';
import { extractTemporalExpressions } from '../extract';
import { explainExpression } from './explain';
import { loadWordings } from './wordings';

describe('the notes of an exported bundle', () => {
  it('say how a date was read in every interface language', async () => {
    const text = 'تحتفل الصين وطاجيكستان العام المقبل بالذكرى الـ30 لإقامة العلاقات الدبلوماسية.';
    const all = extractTemporalExpressions(text, '2021-09-07');
    const nextYear = all.find((e) => e.text === 'العام المقبل');
    if (!nextYear) throw new Error('the extractor did not find «العام المقبل»');
    const { note: word } = await loadWordings();
    const note = word(explainExpression(nextYear, all));
    expect(Object.keys(note ?? {}).sort()).toEqual(['ar', 'en', 'ru', 'zh']);
    for (const language of ['ar', 'en', 'ru', 'zh'] as const) expect(note?.[language]).toContain('2022');
    expect(note?.en).toBe('Counted from the article’s date: 2021 + 1 = 2022.');
    expect(note?.ar).toMatch(/\p{Script=Arabic}/u);
    expect(note?.ru).toMatch(/\p{Script=Cyrillic}/u);
    expect(note?.zh).toMatch(/\p{Script=Han}/u);
  });

  it('join their sentences with a space, but none after Chinese 。', async () => {
    const text = 'أجرى الرئيسان اتصالا هاتفيا يوم الثلاثاء(7 سبتمبر).';
    const all = extractTemporalExpressions(text, '2021-09-07');
    const date = all.find((e) => e.text.includes('7 سبتمبر'));
    if (!date) throw new Error('the extractor did not find «7 سبتمبر»');
    const { note: word } = await loadWordings();
    const note = word(explainExpression(date, all));
    expect(note?.zh).toMatch(/。\S/u);
    expect(note?.zh).not.toMatch(/。 /u);
    expect(note?.en).toMatch(/\. \S/u);
  });

  it('are left to the extractor when there is no explanation', async () => {
    const { note: word } = await loadWordings();
    expect(word([])).toBeUndefined();
  });
});
