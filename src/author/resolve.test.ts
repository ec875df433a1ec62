// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundleText, loadBundleValue } from '../model/load';
import { editProposal, type Edits, type ProposalEdit } from './edits';
import { propose, type Draft } from './propose';
import { assembleBundle, resolveProposals } from './resolve';

const SEED = readFileSync(resolve(process.cwd(), 'src/data/source/000_d9a0021cd5b0ad22.txt'), 'utf8');
const result = propose({ text: SEED, dateline: '2021-09-07', translation: '', translationLanguage: 'en' });
if (!result.ok) throw new Error('the seed article gives no draft');
const draft: Draft = result.draft;

const edited = (...changes: [string, ProposalEdit][]): Edits =>
  changes.reduce<Edits>((edits, [id, change]) => editProposal(edits, id, change), {});
const bundleWith = (edits: Edits) => assembleBundle(draft, resolveProposals(draft, edits));
const eventOf = (edits: Edits, id: string) => bundleWith(edits).events.find((e) => e.id === id);
const problemsOf = (edits: Edits) => {
  const loaded = loadBundleValue(bundleWith(edits));
  return loaded.ok ? [] : loaded.problems.map((p) => p.code);
};

describe('the bundle of the proposals', () => {
  it('as proposed, passes the loader, also as the JSON a download holds', () => {
    const bundle = bundleWith({});
    expect(bundle.events).toHaveLength(5);
    expect(bundle.relations).toEqual([{ type: 'anniversary-of', from: 's3-t1', to: 's3-t2', years: 30 }]);
    expect(loadBundleText(JSON.stringify(bundle, null, 2)).ok).toBe(true);
  });

  it('leaves out removed proposals and the links to them', () => {
    const edits = edited(['s3-t2', { removed: true }]);
    const bundle = bundleWith(edits);
    expect(bundle.events.map((e) => e.id)).toEqual(['s2-t1', 's3-t1', 's4-t1', 's10-t1']);
    expect(bundle.relations).toBeUndefined();
    expect(problemsOf(edits)).toEqual([]);
  });

  it('states an origin whose anniversary was removed (its anchor is gone)', () => {
    const edits = edited(['s3-t1', { removed: true }]);
    expect(eventOf(edits, 's3-t2')).toMatchObject({ start: '1992', grounding: { kind: 'stated' } });
    expect(problemsOf(edits)).toEqual([]);
  });

  it('merges edited titles by language and drops cleared ones', () => {
    const edits = edited(['s2-t1', { title: { en: 'Phone call' } }], ['s2-t1', { title: { ar: '' } }]);
    expect(eventOf(edits, 's2-t1')?.title).toEqual({ en: 'Phone call' });
  });

  it('reports a proposal left without any title', () => {
    expect(problemsOf(edited(['s2-t1', { title: { en: '', ar: '' } }]))).toEqual(['needs-language']);
  });

  it('changes the category', () => {
    expect(eventOf(edited(['s2-t1', { category: 'diplomacy' }]), 's2-t1')?.category).toBe('diplomacy');
  });
});

describe('editing dates', () => {
  it('makes a relative date stated once the author moves it, and drops the extractor’s note', () => {
    const edits = edited(['s3-t1', { dates: { start: '2023', precision: 'year' } }]);
    const event = eventOf(edits, 's3-t1');
    expect(event).toMatchObject({ start: '2023', grounding: { kind: 'stated' } });
    expect(event?.note).toBeUndefined();
  });

  it('moves the origin with its anniversary, so the link still adds up', () => {
    const edits = edited(['s3-t1', { dates: { start: '2023', precision: 'year' } }]);
    expect(eventOf(edits, 's3-t2')).toMatchObject({ start: '1993', grounding: { kind: 'relative', offset: { years: -30 } } });
    expect(bundleWith(edits).relations).toEqual([{ type: 'anniversary-of', from: 's3-t1', to: 's3-t2', years: 30 }]);
    expect(problemsOf(edits)).toEqual([]);
  });

  it('stops the origin following once the author dates it, and counts the link’s years from the dates', () => {
    const edits = edited(['s3-t2', { dates: { start: '1991', precision: 'year' } }]);
    expect(eventOf(edits, 's3-t2')).toMatchObject({ start: '1991', grounding: { kind: 'stated' } });
    const linked = resolveProposals(draft, edits).find((r) => r.proposal.id === 's3-t1');
    expect(linked?.anniversary).toEqual({ of: 's3-t2', check: { ok: true, years: 31, textSays: 30 } });
    expect(problemsOf(edits)).toEqual([]);
  });

  it('keeps a relative grounding when a new precision still agrees with it', () => {
    const yesterday = propose({ text: 'وصل الوفد أمس', dateline: '2021-09-07', translation: '', translationLanguage: 'en' });
    if (!yesterday.ok) throw new Error('no draft');
    const edits = edited(['s1-t1', { dates: { start: '2021-09', precision: 'month' } }]);
    const bundle = assembleBundle(yesterday.draft, resolveProposals(yesterday.draft, edits));
    expect(bundle.events[0]).toMatchObject({ start: '2021-09', grounding: { kind: 'relative', offset: { days: -1 } } });
    expect(loadBundleValue(bundle).ok).toBe(true);
  });

  it('leaves a date that is not a date for the loader to report', () => {
    expect(problemsOf(edited(['s2-t1', { dates: { start: '2021-9-7', precision: 'day' } }]))).toEqual(['bad-date-form']);
  });

  it('reports only the date when an anniversary’s date is not one (no years to count)', () => {
    expect(problemsOf(edited(['s3-t1', { dates: { start: '20', precision: 'year' } }]))).toEqual(['bad-date-form']);
  });
});

describe('linking an anniversary to what it marks', () => {
  it('adds the link with the years between the dates', () => {
    const edits = edited(['s10-t1', { anniversaryOf: 's3-t2' }]);
    expect(bundleWith(edits).relations).toContainEqual({ type: 'anniversary-of', from: 's10-t1', to: 's3-t2', years: 29 });
  });

  it('reports a link that does not add up, as the loader will', () => {
    const edits = edited(['s4-t1', { anniversaryOf: 's2-t1' }]);
    const linked = resolveProposals(draft, edits).find((r) => r.proposal.id === 's4-t1');
    expect(linked?.anniversary?.check).toMatchObject({ ok: false, reason: 'not-after' });
    expect(problemsOf(edits)).toEqual(['below-one']);
  });

  it('drops the extractor’s link when the author unsets it', () => {
    expect(bundleWith(edited(['s3-t1', { anniversaryOf: null }])).relations).toBeUndefined();
  });
});
