import { describe, expect, it } from 'vitest';
import { describeProblem } from '../i18n/describeProblem';
import {
  SAMPLE,
  aBundle,
  aSentence,
  anAnniversaryRelation,
  anEvent,
  anEvidence,
  theSentences,
  theTranslations,
} from '../testing/bundleBuilders';
import type { Article } from './article';
import { buildArticle } from './buildArticle';
import { crossCheck } from './crossChecks';
import { loadBundleValue } from './load';
import type { BundleData } from './schema';

function articleOf(bundle: BundleData): Article {
  const result = loadBundleValue(bundle);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.article;
}

const ids = (article: Article) => article.events.map((e) => e.id);
const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('buildArticle', () => {
  it('puts the default bundle’s events in time order', () => {
    expect(ids(articleOf(aBundle()))).toEqual([
      SAMPLE.events.relations, // 2009
      SAMPLE.events.exchange, // 2019-03 to 2019-05
      SAMPLE.events.agreement, // 2019-04-16
      SAMPLE.events.summit, // 2020-04
    ]);
  });

  it('orders by the start of each period: 2021 before 2021-03 before 2021-03-05', () => {
    const article = articleOf(
      aBundle({
        events: [
          anEvent({ id: 'day', start: '2021-03-05' }),
          anEvent({ id: 'month', start: '2021-03' }),
          anEvent({ id: 'year', start: '2021' }),
        ],
      }),
    );
    expect(ids(article)).toEqual(['year', 'month', 'day']);
  });

  it('puts the shorter period first when periods start together: 2021-01-01, 2021-01, 2021', () => {
    const article = articleOf(
      aBundle({
        events: [
          anEvent({ id: 'year', start: '2021' }),
          anEvent({ id: 'month', start: '2021-01' }),
          anEvent({ id: 'day', start: '2021-01-01' }),
        ],
      }),
    );
    expect(ids(article)).toEqual(['day', 'month', 'year']);
  });

  it('puts the event that ends first first when events start together', () => {
    const article = articleOf(
      aBundle({
        events: [
          anEvent({ id: 'long', start: '2021-01', end: '2021-06' }),
          anEvent({ id: 'short', start: '2021-01', end: '2021-02' }),
        ],
      }),
    );
    expect(ids(article)).toEqual(['short', 'long']);
  });

  it('orders events with the same dates by id', () => {
    const article = articleOf(
      aBundle({
        events: [anEvent({ id: 'b', start: '2021' }), anEvent({ id: 'a', start: '2021' })],
      }),
    );
    expect(ids(article)).toEqual(['a', 'b']);
  });

  it('numbers events in time order from 0', () => {
    expect(articleOf(aBundle()).events.map((e) => e.order)).toEqual([0, 1, 2, 3]);
  });

  it('spans a year event over the whole year', () => {
    const event = articleOf(aBundle()).eventById.get(SAMPLE.events.relations);
    expect([event?.startMs, event?.endMs]).toEqual([utc('2009-01-01'), utc('2010-01-01')]);
  });

  it('spans a month range from the first day of its start to the end of its last month', () => {
    const event = articleOf(aBundle()).eventById.get(SAMPLE.events.exchange);
    expect([event?.startMs, event?.endMs]).toEqual([utc('2019-03-01'), utc('2019-06-01')]);
  });

  it('spans a day event over that one day', () => {
    const event = articleOf(aBundle()).eventById.get(SAMPLE.events.agreement);
    expect([event?.startMs, event?.endMs]).toEqual([utc('2019-04-16'), utc('2019-04-17')]);
  });

  it('ends a December event at the start of the next year', () => {
    const article = articleOf(aBundle({ events: [anEvent({ id: 'december', start: '2021-12' })] }));
    expect(article.events[0]?.endMs).toBe(utc('2022-01-01'));
  });

  it('lists the events each sentence gives evidence for, in time order', () => {
    const { eventsBySentence } = articleOf(aBundle());
    expect(Object.fromEntries(eventsBySentence)).toEqual({
      [SAMPLE.sentences.headline]: [SAMPLE.events.agreement],
      [SAMPLE.sentences.signing]: [SAMPLE.events.relations, SAMPLE.events.agreement],
      [SAMPLE.sentences.outlook]: [SAMPLE.events.exchange, SAMPLE.events.summit],
    });
  });

  it('lists an event once for a sentence that gives two pieces of its evidence', () => {
    const event = anEvent({
      id: 'twice',
      evidence: [
        anEvidence(),
        anEvidence({ phrase: 'البلدان', translations: { en: 'the two countries' } }),
      ],
    });
    const { eventsBySentence } = articleOf(aBundle({ events: [event] }));
    expect(eventsBySentence.get(SAMPLE.sentences.signing)).toEqual(['twice']);
  });

  it('has no entry for a sentence without evidence', () => {
    const article = articleOf(
      aBundle({
        sentences: [...theSentences(), aSentence({ id: 'closing', text: 'انتهى.' })],
        translations: { en: { ...theTranslations().en, closing: 'The end.' } },
      }),
    );
    expect(article.eventsBySentence.has('closing')).toBe(false);
  });

  it('indexes each relation under both of its events', () => {
    const article = articleOf(aBundle());
    const relation = anAnniversaryRelation();
    expect(article.relationsByEvent.get(SAMPLE.events.agreement)).toEqual([relation]);
    expect(article.relationsByEvent.get(SAMPLE.events.relations)).toEqual([relation]);
  });

  it('has no relations for an event no relation names', () => {
    expect(articleOf(aBundle()).relationsByEvent.get(SAMPLE.events.summit)).toBeUndefined();
  });

  it('lists the categories present in the schema’s order, not the events’ order', () => {
    // Events: economy, diplomacy, summit, culture.
    expect(articleOf(aBundle()).categories).toEqual(['diplomacy', 'summit', 'economy', 'culture']);
  });

  it('lists a category once however many events it has', () => {
    const article = articleOf(
      aBundle({
        events: [
          anEvent({ id: 'a', category: 'health' }),
          anEvent({ id: 'b', category: 'health' }),
        ],
      }),
    );
    expect(article.categories).toEqual(['health']);
  });

  it('gives events without a certainty the certainty "certain"', () => {
    const article = articleOf(aBundle());
    expect(article.eventById.get(SAMPLE.events.agreement)?.certainty).toBe('certain');
    expect(article.eventById.get(SAMPLE.events.summit)?.certainty).toBe('approximate');
  });

  it('parses the dateline as a day', () => {
    expect(articleOf(aBundle()).dateline).toEqual({
      precision: 'day',
      year: 2019,
      month: 4,
      day: 16,
    });
  });

  it('lists the translation languages in bundle order', () => {
    const { en } = theTranslations();
    const translations = { fr: en!, en: en! };
    const bundle = aBundle({
      translations,
      events: [
        anEvent({ evidence: [anEvidence({ translations: { en: 'economic', fr: 'economic' } })] }),
      ],
    });
    expect(articleOf(bundle).translationLanguages).toEqual(['fr', 'en']);
  });

  it('refuses to build an article from dates the cross-checks did not parse', () => {
    const bundle = aBundle();
    const { dates } = crossCheck(bundle);
    const summit = bundle.events.findIndex((event) => event.id === SAMPLE.events.summit);
    expect(summit).toBeGreaterThanOrEqual(0);
    const withoutSummit = dates.map((parsed, i) => (i === summit ? undefined : parsed));
    expect(() => buildArticle(bundle, withoutSummit)).toThrow(/summit/);
  });
});
