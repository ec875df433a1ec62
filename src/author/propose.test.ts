// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { propose, translationLines, type ArticleInput, type Draft } from './propose';

const SEED = readFileSync(resolve(process.cwd(), 'src/data/source/000_d9a0021cd5b0ad22.txt'), 'utf8');
const input = (change: Partial<ArticleInput> = {}): ArticleInput => ({
  text: SEED,
  dateline: '2021-09-07',
  translation: '',
  translationLanguage: 'en',
  ...change,
});

function draftOf(change: Partial<ArticleInput> = {}): Draft {
  const result = propose(input(change));
  if (!result.ok) throw new Error(`no draft: ${result.error.code}`);
  return result.draft;
}

describe('checking the input', () => {
  it('wants some text', () => {
    expect(propose(input({ text: '  \n ' }))).toEqual({ ok: false, error: { code: 'empty-text' } });
  });

  it('wants a dateline dates can be counted from', () => {
    for (const dateline of ['9999-12-31', '0999-12-31']) {
      expect(propose(input({ dateline }))).toEqual({ ok: false, error: { code: 'far-dateline' } });
    }
  });

  it('wants Arabic text', () => {
    const english = input({ text: 'Xi Jinping spoke on Tuesday, September 7, 2021.' });
    expect(propose(english)).toEqual({ ok: false, error: { code: 'not-arabic' } });
  });

  it('wants a real day as the dateline', () => {
    for (const dateline of ['', '2021-09', '2021-02-30', 'yesterday']) {
      expect(propose(input({ dateline }))).toEqual({ ok: false, error: { code: 'bad-dateline' } });
    }
  });

  it('wants one line of translation per sentence, and says how many of each there are', () => {
    expect(propose(input({ translation: 'One line.\n\nTwo lines.' }))).toEqual({
      ok: false,
      error: { code: 'translation-lines', lines: 2, sentences: 16 },
    });
  });

  it('ignores blank lines in a translation', () => {
    expect(translationLines(' a \r\n\n b\n')).toEqual(['a', 'b']);
  });
});

describe('proposals for the seed article', () => {
  const draft = draftOf();

  it('proposes the extractor’s events, each with its role and how its date was read', () => {
    expect(draft.proposals.map((p) => [p.id, p.role, p.event.start, p.explanation[0]?.key])).toEqual([
      ['s2-t1', 'date', '2021-09-07', 'author.explain.stated'],
      ['s3-t1', 'anniversary', '2022', 'author.explain.anniversary'],
      ['s3-t2', 'origin', '1992', 'author.explain.anniversaryOrigin'],
      ['s4-t1', 'anniversary', '2021', 'author.explain.anniversary'],
      ['s10-t1', 'anniversary', '2021', 'author.explain.anniversary'],
    ]);
  });

  it('keeps the years the text gives an anniversary, and what it counts from', () => {
    const anniversary = draft.proposals.find((p) => p.id === 's3-t1');
    expect(anniversary).toMatchObject({ statedYears: 30, anniversaryOf: 's3-t2' });
  });

  it('lists the words of every expression by sentence, for marking the text', () => {
    expect(draft.phrases.get('s2')).toEqual(['يوم الثلاثاء(7 سبتمبر)']);
    expect(draft.phrases.get('s3')).toEqual(['العام المقبل', 'الذكرى الـ30']);
    expect(draft.unplaced).toEqual([]);
  });

  it('names the bundle after the dateline', () => {
    expect(draft.bundle.id).toBe('authored-2021-09-07');
  });

  it('reports expressions that became no event', () => {
    const { unplaced } = draftOf({ text: 'خلاف استمر ثلاث سنوات ونصف' });
    expect(unplaced).toMatchObject([{ sentence: 's1', text: 'ثلاث سنوات ونصف' }]);
  });

  it('puts a translation in the bundle, one line per sentence', () => {
    const lines = SEED.split('\n').map((_, i) => `Line ${i + 1}.`);
    const translated = draftOf({ translation: lines.join('\n'), translationLanguage: 'ru' });
    expect(translated.bundle.translations?.['ru']?.['s2']).toBe('Line 2.');
  });
});
