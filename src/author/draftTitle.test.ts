import { beforeAll, describe, expect, it } from 'vitest';
import { propose, type Draft } from './propose';
import { resolveProposals } from './resolve';
import { loadWordings, type Wordings } from './wordings';

const TEXT = [
  'عنوان: الصين وطاجيكستان',
  'أجرى الرئيسان اتصالا هاتفيا يوم الثلاثاء(7 سبتمبر).',
  'وتحتفل الصين وطاجيكستان العام المقبل بالذكرى الـ30 لإقامة العلاقات الدبلوماسية.',
].join('\n');

let wordings: Wordings;
let draft: Draft;
beforeAll(async () => {
  wordings = await loadWordings();
  const result = propose({ text: TEXT, dateline: '2021-09-07', translation: '', translationLanguage: 'en' });
  if (!result.ok) throw new Error(`no draft: ${result.error.code}`);
  draft = result.draft;
});

const titles = (edits = {}) =>
  resolveProposals(draft, edits, wordings.title).map((r) => ({
    id: r.proposal.id,
    ar: r.event.title['ar'],
    en: r.event.title['en'],
    zh: r.event.title['zh'],
    ru: r.event.title['ru'],
  }));

describe('the titles of proposed events', () => {
  it('are written in every interface language, numbering paragraphs as the reader does', () => {
    expect(titles().map(({ id, en, zh, ru }) => ({ id, en, zh, ru }))).toEqual([
      {
        id: 's2-t1',
        en: '7 September 2021 (sentence 1)',
        zh: '2021年9月7日（第1句）',
        ru: '7 сентября 2021 г. (предложение 1)',
      },
      {
        id: 's3-t1',
        en: '30th anniversary (sentence 2): 2022',
        zh: '30周年（第2句）：2022年',
        ru: '30-я годовщина (предложение 2): 2022',
      },
      {
        id: 's3-t2',
        en: 'Origin of the 30th anniversary (sentence 2): 1992',
        zh: '30周年的起点（第2句）：1992年',
        ru: 'Начало отсчёта 30-й годовщины (предложение 2): 1992',
      },
    ]);
  });

  it('keep the clause around the date in Arabic', () => {
    expect(titles()[0]?.ar).toBe('أجرى الرئيسان اتصالا هاتفيا يوم الثلاثاء(7 سبتمبر)');
  });

  it('tell an anniversary from the origin counted back from it in Arabic, whose clause is the same', () => {
    const [, anniversary, origin] = titles();
    expect(anniversary?.ar).toContain('الذكرى الـ30 لإقامة العلاقات الدبلوماسية');
    expect(origin?.ar).toBe('منطلق الذكرى الـ30 (الجملة 2): 1992');
  });

  it('word the Arabic titles of two dates that share a clause, which would otherwise read the same', () => {
    const result = propose({
      text: 'عنوان\nضربت موجات الحر المنطقة في تموز وآب الماضيين.',
      dateline: '2026-01-14',
      translation: '',
      translationLanguage: 'en',
    });
    if (!result.ok) throw new Error(result.error.code);
    const arabic = resolveProposals(result.draft, {}, wordings.title).map((r) => r.event.title['ar']);
    expect(arabic).toEqual(['يوليو 2025 (الجملة 1)', 'أغسطس 2025 (الجملة 1)']);
  });

  it('follow a date the author changed, and give way to a title the author wrote', () => {
    const edited = titles({
      's2-t1': { dates: { start: '2021-09-08', precision: 'day' } },
      's3-t1': { title: { zh: '中塔建交30周年' } },
    });
    expect(edited[0]?.en).toBe('8 September 2021 (sentence 1)');
    expect(edited[0]?.zh).toBe('2021年9月8日（第1句）');
    expect(edited[1]?.zh).toBe('中塔建交30周年');
    expect(edited[1]?.en).toBe('30th anniversary (sentence 2): 2022');
  });

  it('keep the proposed dates’ title while the end comes before the start', () => {
    const [call] = titles({ 's2-t1': { dates: { start: '2021-09-07', end: '2021-09-01', precision: 'day' } } });
    expect(call?.en).toBe('7 September 2021 (sentence 1)');
    expect(call?.zh).toBe('2021年9月7日（第1句）');
  });

  it('keep the proposed dates’ title while the start is written to another precision than the one chosen', () => {
    // A month typed where a day is chosen: the field says so, and the export would refuse it.
    const [call] = titles({ 's2-t1': { dates: { start: '2021-10', precision: 'day' } } });
    expect(call?.en).toBe('7 September 2021 (sentence 1)');
    expect(call?.ru).toBe('7 сентября 2021 г. (предложение 1)');
  });

  it('stay the extractor’s English until the wordings are loaded', () => {
    const plain = resolveProposals(draft, {}).map((r) => r.event.title);
    expect(plain[0]).toEqual({ ar: expect.any(String) as string, en: '7 September 2021 (sentence 1)' });
  });
});
