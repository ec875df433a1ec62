import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundleText } from '../model/load';
import { clauseAround, toBundle } from './toBundle';

// Vitest runs from the repository root.
const SEED = readFileSync(join(process.cwd(), 'eval/texts/00-seed-china-tajikistan.txt'), 'utf8');
const ARTICLE = [
  'عنوان: القادة يجتمعون',
  'انطلقت اليوم الثلاثاء أعمال القمة.',
  'ويصادف العام الجاري الذكرى الأربعين لتأسيس المجلس في 25 مايو 1981 في أبوظبي.',
  'وتعقد القمة المقبلة أواخر العام المقبل.',
].join('\n');

const load = (bundle: unknown) => loadBundleText(JSON.stringify(bundle));

describe('toBundle', () => {
  it('builds a bundle from the seed article that the loader accepts', () => {
    const result = load(toBundle(SEED, '2021-09-07', { id: 'seed' }));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('makes the first line the headline and every line a sentence', () => {
    const bundle = toBundle(ARTICLE, '2021-01-05');
    expect(bundle.sentences.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(bundle.sentences[0]?.headline).toBe(true);
    expect(bundle.article.title).toEqual({ ar: 'عنوان: القادة يجتمعون' });
  });

  it('numbers sentences in titles as the reader does: the headline by name, paragraphs from 1', () => {
    const text = ['قمة 12 مايو 2021', 'انطلقت اليوم الثلاثاء أعمال القمة.', 'وتعقد القمة المقبلة أواخر العام المقبل.'].join('\n');
    const titles = toBundle(text, '2021-01-05').events.map((e) => e.title['en']);
    expect(titles).toEqual([
      '12 May 2021 (the headline)',
      '5 January 2021 (sentence 1)',
      '2022 (sentence 2)',
    ]);
  });

  it('grounds a relative date on the dateline with the offset that reproduces it', () => {
    const event = toBundle(ARTICLE, '2021-01-05').events.find((e) => e.start === '2022');
    expect(event?.grounding).toEqual({
      kind: 'relative',
      phrase: 'أواخر العام المقبل',
      sentence: 's4',
      anchor: 'dateline',
      offset: { years: 1 },
    });
  });

  it('grounds «اليوم التالي» on the event of the date told before it, in a bundle the loader accepts', () => {
    const text = ['عنوان', 'وصل الوفد في 12 مارس 2021.', 'وعقد اجتماعا في اليوم التالي.'].join('\n');
    const bundle = toBundle(text, '2021-09-07');
    const [told, next] = bundle.events;
    expect(next?.start).toBe('2021-03-13');
    expect(next?.grounding).toEqual({
      kind: 'relative',
      phrase: 'اليوم التالي',
      sentence: 's3',
      anchor: { event: told?.id },
      offset: { days: 1 },
    });
    const result = load(bundle);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('grounds «بعد ذلك بعامين» on the event of the year told before, two years on', () => {
    const text = ['عنوان', 'تأسست الشركة عام 2005، وبعد ذلك بعامين افتتحت فرعها الأول.'].join('\n');
    const bundle = toBundle(text, '2024-01-01');
    const [founded, opened] = bundle.events;
    expect(opened?.start).toBe('2007');
    expect(opened?.grounding).toMatchObject({ kind: 'relative', anchor: { event: founded?.id }, offset: { years: 2 } });
    const result = load(bundle);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('grounds a date counted from the end of a span on the dateline: the span’s event starts earlier', () => {
    const text = ['عنوان', 'استمرت المفاوضات من 4 إلى 6 أغسطس 2015، ووقع الاتفاق في اليوم التالي.'].join('\n');
    const next = toBundle(text, '2021-09-07').events.find((e) => e.start === '2015-08-07');
    expect(next?.grounding).toMatchObject({ kind: 'relative', anchor: 'dateline' });
  });

  it('draws «العام الدراسي المقبل» over the months a school year usually spans, as approximate', () => {
    const bundle = toBundle(['عنوان', 'وتنطلق الدراسة في العام الدراسي المقبل.'].join('\n'), '2025-02-18');
    const [year] = bundle.events;
    expect(year).toMatchObject({ start: '2025-09', end: '2026-06', precision: 'month', certainty: 'approximate' });
    // Counted from the dateline to the month it begins in: 18 February 2025 + 7 months.
    expect(year?.grounding).toMatchObject({ kind: 'relative', anchor: 'dateline', offset: { months: 7 } });
    const result = load(bundle);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('draws «قبل قرن» at the year counted, marked approximate, grounded on the dateline', () => {
    const bundle = toBundle(['عنوان', 'اكتشفت المقبرة قبل قرن.'].join('\n'), '2022-11-04');
    expect(bundle.events[0]).toMatchObject({ start: '1922', precision: 'year', certainty: 'approximate' });
    expect(bundle.events[0]?.grounding).toMatchObject({ kind: 'relative', anchor: 'dateline', offset: { years: -100 } });
    const result = load(bundle);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('grounds an explicit date as stated, with the expression as evidence', () => {
    const event = toBundle('قطعت العلاقات في 5 يونيو 2017', '2021-01-05').events[0];
    expect([event?.start, event?.precision, event?.grounding, event?.evidence]).toEqual([
      '2017-06-05',
      'day',
      { kind: 'stated' },
      [{ sentence: 's1', phrase: '5 يونيو 2017' }],
    ]);
  });

  it('gives a date named in two calendars one event, citing both names', () => {
    const text = 'وحذرت الوزارة في بيان صدر في 1 محرم 1445 هـ الموافق 19 تموز/يوليو من صيف شديد.';
    const bundle = toBundle(text, '2023-08-14');
    expect(bundle.events.map((e) => [e.start, e.grounding.kind, e.evidence.map((v) => v.phrase)])).toEqual([
      ['2023-07-19', 'stated', ['1 محرم 1445 هـ', '19 تموز/يوليو']],
    ]);
    expect(load(bundle).ok).toBe(true);
  });

  it('keeps the stated name first when the other took its year from the dateline', () => {
    const bundle = toBundle('وصل الوفد في 19 يوليو (1 محرم 1445 هـ) إلى بغداد.', '2023-08-14');
    expect(bundle.events.map((e) => e.evidence.map((v) => v.phrase))).toEqual([['1 محرم 1445 هـ', '19 يوليو']]);
  });

  it('keeps two different dates side by side as two events', () => {
    const bundle = toBundle('جرت الجولة الأولى في 4 يوليو الموافق 5 يوليو 2019.', '2019-11-28');
    expect(bundle.events.map((e) => e.start)).toEqual(['2019-07-04', '2019-07-05']);
  });

  it('links an anniversary to the origin the text gives, counting from the origin event', () => {
    const bundle = toBundle(ARTICLE, '2021-01-05');
    const anniversary = bundle.events.find((e) => e.category === 'anniversary');
    const origin = bundle.events.find((e) => e.start === '1981-05-25');
    expect(anniversary?.start).toBe('2021-05-25');
    expect(anniversary?.grounding).toMatchObject({
      kind: 'relative',
      anchor: { event: origin?.id },
      offset: { years: 40 },
    });
    expect(bundle.relations).toEqual([
      { type: 'anniversary-of', from: anniversary?.id, to: origin?.id, years: 40 },
    ]);
  });

  it('does not give the dates an anniversary uses events of their own', () => {
    const bundle = toBundle(ARTICLE, '2021-01-05');
    expect(bundle.events.filter((e) => e.start === '2021')).toEqual([]);
  });

  it('adds a computed origin event when a relative phrase dates the anniversary', () => {
    const bundle = toBundle(SEED, '2021-09-07');
    const origin = bundle.events.find((e) => e.start === '1992');
    expect(origin?.grounding).toMatchObject({
      kind: 'relative',
      phrase: 'الذكرى الـ30',
      offset: { years: -30 },
    });
  });

  it('marks an anniversary dated by assumption as approximate', () => {
    const bundle = toBundle(
      'وهنأ شي طاجيكستان بمناسبة الذكرى الـ30 المقبلة لاستقلالها',
      '2021-09-07',
    );
    expect(bundle.events.map((e) => [e.start, e.certainty, e.category])).toEqual([
      ['2021', 'approximate', 'anniversary'],
    ]);
  });

  it('adds translations and points each evidence at its translated sentence', () => {
    const bundle = toBundle('عنوان\nوصل الوفد أمس', '2021-09-07', {
      translations: { en: ['Title', 'The delegation arrived yesterday'] },
    });
    expect(bundle.translations).toEqual({
      en: { s1: 'Title', s2: 'The delegation arrived yesterday' },
    });
    const result = load(bundle);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('refuses a translation without one line per sentence', () => {
    expect(() =>
      toBundle('عنوان\nوصل الوفد أمس', '2021-09-07', { translations: { en: ['Title'] } }),
    ).toThrow('The en translation has 1 lines but the text has 2 sentences.');
  });
});

describe('clauseAround', () => {
  it('takes the clause between the nearest punctuation marks', () => {
    const sentence = 'وقال الوزير، في مؤتمر صحفي أمس، إن الوفد وصل';
    const from = sentence.indexOf('أمس');
    expect(clauseAround(sentence, from, from + 3)).toBe('في مؤتمر صحفي أمس');
  });

  it('cuts a long clause to whole words around the expression', () => {
    const sentence = `${'كلمة '.repeat(20)}أمس${' كلمة'.repeat(20)}`;
    const from = sentence.indexOf('أمس');
    const clause = clauseAround(sentence, from, from + 3);
    expect(clause.startsWith('… ') && clause.endsWith(' …') && clause.includes('أمس')).toBe(true);
    expect(clause.length).toBeLessThan(80);
  });
});
