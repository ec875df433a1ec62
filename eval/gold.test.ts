import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, spanProblems } from './gold';

// Vitest runs from the repository root.
const gold = loadGold(join(process.cwd(), 'eval'));

describe('the gold set', () => {
  it('has the seed article and at least three more texts', () => {
    expect(gold.length).toBeGreaterThanOrEqual(4);
    expect(gold[0]?.name).toBe('00-seed-china-tajikistan');
  });

  it('has offsets that cut out each annotation as JavaScript string offsets', () => {
    for (const g of gold) {
      for (const a of g.annotations) expect(g.text.slice(a.start, a.end), g.name).toBe(a.text);
    }
  });

  it('uses only the TimeML types the extractor knows', () => {
    const types = new Set(gold.flatMap((g) => g.annotations.map((a) => a.type)));
    expect([...types].every((t) => ['date', 'range', 'duration', 'set', 'time'].includes(t))).toBe(
      true,
    );
  });

  it('annotates every temporal expression the seed article is known to have', () => {
    expect(gold[0]?.annotations.map((a) => a.text)).toEqual([
      'يوم الثلاثاء(7 سبتمبر)',
      'العام المقبل',
      'الذكرى الـ30',
      'الذكرى الـ30 المقبلة',
      'الذكرى الـ20',
    ]);
  });
});

describe('spanProblems', () => {
  it('reports an annotation whose offsets cut out other words', () => {
    expect(
      spanProblems('وصل أمس', [{ start: 0, end: 3, text: 'أمس', type: 'date', value: 'x' }]),
    ).toHaveLength(1);
  });

  it('reports annotations out of order', () => {
    const text = 'أمس واليوم';
    const annotations = [
      { start: 5, end: 10, text: 'اليوم', type: 'date', value: 'x' },
      { start: 0, end: 3, text: 'أمس', type: 'date', value: 'x' },
    ];
    expect(spanProblems(text, annotations)).toHaveLength(1);
  });
});
