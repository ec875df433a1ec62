// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundleText } from '../model/load';

// A byte-for-byte copy of the article as delivered (../shared/seed/), kept in the repository so
// the comparison holds on any clone.
const SOURCE = 'src/data/source/000_d9a0021cd5b0ad22.txt';
const read = (path: string) => readFileSync(resolve(process.cwd(), path), 'utf8');
const seed = JSON.parse(read('src/data/seed.bundle.json')) as {
  sentences: { id: string; text: string; headline?: boolean }[];
  translations: Record<string, Record<string, string>>;
};

describe('the seed bundle', () => {
  it('holds the article’s 16 lines byte for byte, headline first', () => {
    const lines = read(SOURCE).split('\n');
    expect(lines).toHaveLength(16);
    expect(seed.sentences.map((s) => s.text)).toEqual(lines);
    expect(seed.sentences[0]?.headline).toBe(true);
    expect(seed.sentences.slice(1).every((s) => !s.headline)).toBe(true);
  });

  it('translates every sentence into English, Chinese and Russian', () => {
    const ids = seed.sentences.map((s) => s.id);
    for (const language of ['en', 'zh', 'ru']) {
      const texts = seed.translations[language] ?? {};
      expect(Object.keys(texts).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(texts[id]?.trim(), `${language} ${id}`).toBeTruthy();
    }
  });

  it('passes its own schema and cross-checks', () => {
    const result = loadBundleText(read('src/data/seed.bundle.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('gives every event a title and a description in all four languages', () => {
    const result = loadBundleText(read('src/data/seed.bundle.json'));
    if (!result.ok) throw new Error('seed does not load');
    for (const event of result.article.events) {
      for (const language of ['ar', 'en', 'zh', 'ru']) {
        expect(event.data.title[language], `${event.id} title ${language}`).toBeTruthy();
        expect(event.data.description?.[language], `${event.id} description ${language}`).toBeTruthy();
      }
    }
  });

  it('gives every note and every relative phrase’s gloss in all four languages too', () => {
    const result = loadBundleText(read('src/data/seed.bundle.json'));
    if (!result.ok) throw new Error('seed does not load');
    let notes = 0;
    let glosses = 0;
    for (const event of result.article.events) {
      const { note, grounding } = event.data;
      const gloss = grounding.kind === 'relative' ? grounding.gloss : undefined;
      if (note) notes += 1;
      if (gloss) glosses += 1;
      for (const language of ['ar', 'en', 'zh', 'ru']) {
        if (note) expect(note[language], `${event.id} note ${language}`).toBeTruthy();
        if (gloss) expect(gloss[language], `${event.id} gloss ${language}`).toBeTruthy();
      }
    }
    expect(notes).toBeGreaterThan(10);
    expect(glosses).toBeGreaterThan(1);
  });
});
