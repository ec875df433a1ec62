/**
 * Test-data builders for article bundles. Every builder returns fresh data, valid by
 * default, with the fields you pass replacing its defaults:
 *
 *   aBundle()                                   // a small valid bundle (see below)
 *   aBundle({ events: [anEvent({ id: 'x', start: '2020' })] })
 *   anEvent({ grounding: aRelativeGrounding({ offset: { years: 2 } }), start: '2021-04' })
 *
 * The default bundle is an Arabic article of three sentences with an English translation
 * and four events: a stated day, a background year (with a reference), a relative month
 * (the dateline plus one year) and a stated range of months, plus one `anniversary-of`
 * relation whose years add up. An event or evidence built without arguments points at
 * words of the default sentences (and their English translation), so it stays valid
 * inside the default bundle.
 *
 * To build an INVALID bundle, start from a valid one and break one thing at a path:
 * `withValueAt(aBundle(), 'events[0].start', 5)` or `withoutValueAt(aBundle(), 'format')`.
 */
import { precisionOf } from '../model/dates';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleData,
  type EventData,
  type EvidenceData,
  type GroundingData,
  type ReferenceData,
  type RelationData,
  type SentenceData,
} from '../model/schema';

type RelativeGrounding = Extract<GroundingData, { kind: 'relative' }>;
type AnniversaryRelation = Extract<RelationData, { type: 'anniversary-of' }>;

/** The dates, ids and words of the default bundle, for tests that refer to them. */
export const SAMPLE = {
  bundleId: 'sample-article',
  dateline: '2019-04-16',
  sentences: {
    headline: 'headline',
    signing: 'signing',
    outlook: 'outlook',
  },
  events: {
    /** Stated, day precision: 2019-04-16. */
    agreement: 'agreement',
    /** Background, year precision: 2009, with a reference. */
    relations: 'relations',
    /** Relative to the dateline (+1 year), month precision: 2020-04. */
    summit: 'summit',
    /** Stated range at month precision: 2019-03 to 2019-05. */
    exchange: 'exchange',
  },
} as const;

const TEXT = {
  headline: {
    ar: 'البلدان يوقعان اتفاقية للتعاون الاقتصادي',
    en: 'The two countries sign an economic cooperation agreement',
  },
  signing: {
    ar: 'وقّع البلدان في 16 أبريل 2019 اتفاقية للتعاون الاقتصادي، في الذكرى العاشرة لإقامة العلاقات الدبلوماسية بينهما.',
    en: 'On 16 April 2019 the two countries signed an economic cooperation agreement, on the tenth anniversary of establishing diplomatic relations between them.',
  },
  outlook: {
    ar: 'ومن المقرر أن تُعقد القمة المقبلة بعد عام، فيما يستمر برنامج التبادل الثقافي من مارس إلى مايو 2019.',
    en: 'The next summit is due to be held in a year, while the cultural exchange programme runs from March to May 2019.',
  },
} as const;

export function aSentence(overrides: Partial<SentenceData> = {}): SentenceData {
  return { id: SAMPLE.sentences.signing, text: TEXT.signing.ar, ...overrides };
}

/** The default bundle's three sentences; the first is the headline. */
export function theSentences(): SentenceData[] {
  return [
    aSentence({ id: SAMPLE.sentences.headline, text: TEXT.headline.ar, headline: true }),
    aSentence({ id: SAMPLE.sentences.signing, text: TEXT.signing.ar }),
    aSentence({ id: SAMPLE.sentences.outlook, text: TEXT.outlook.ar }),
  ];
}

/** The default bundle's translations: English for every sentence. */
export function theTranslations(): NonNullable<BundleData['translations']> {
  return {
    en: {
      [SAMPLE.sentences.headline]: TEXT.headline.en,
      [SAMPLE.sentences.signing]: TEXT.signing.en,
      [SAMPLE.sentences.outlook]: TEXT.outlook.en,
    },
  };
}

/** Evidence from the default "signing" sentence, with its English words. */
export function anEvidence(overrides: Partial<EvidenceData> = {}): EvidenceData {
  return {
    sentence: SAMPLE.sentences.signing,
    phrase: 'اتفاقية للتعاون الاقتصادي',
    translations: { en: 'economic cooperation agreement' },
    ...overrides,
  };
}

export function aReference(overrides: Partial<ReferenceData> = {}): ReferenceData {
  return {
    title: 'A history of the two countries’ relations',
    url: 'https://example.org/history',
    ...overrides,
  };
}

/** Relative grounding: "بعد عام" (in a year) in the "outlook" sentence, the dateline plus one year. */
export function aRelativeGrounding(overrides: Partial<RelativeGrounding> = {}): RelativeGrounding {
  return {
    kind: 'relative',
    phrase: 'بعد عام',
    gloss: { en: 'in a year' },
    sentence: SAMPLE.sentences.outlook,
    anchor: 'dateline',
    offset: { years: 1 },
    ...overrides,
  };
}

/**
 * A stated event on the dateline, evidenced by the default "signing" sentence.
 * `precision` defaults to the precision `start` is written at, so
 * `anEvent({ start: '2020' })` is a year event.
 */
export function anEvent(overrides: Partial<EventData> = {}): EventData {
  const start = overrides.start ?? SAMPLE.dateline;
  return {
    id: 'an-event',
    category: 'other',
    title: { en: 'An event', ar: 'حدث' },
    grounding: { kind: 'stated' },
    evidence: [anEvidence()],
    ...overrides,
    start,
    precision: overrides.precision ?? precisionOf(start) ?? 'day',
  };
}

/** The default bundle's four events (see SAMPLE.events). */
export function theEvents(): EventData[] {
  return [
    anEvent({
      id: SAMPLE.events.agreement,
      category: 'economy',
      title: { en: 'Economic cooperation agreement signed', ar: 'توقيع اتفاقية التعاون الاقتصادي' },
      start: SAMPLE.dateline,
      evidence: [
        anEvidence({
          sentence: SAMPLE.sentences.signing,
          phrase: 'وقّع البلدان في 16 أبريل 2019 اتفاقية للتعاون الاقتصادي',
          translations: {
            en: 'On 16 April 2019 the two countries signed an economic cooperation agreement',
          },
        }),
        anEvidence({
          sentence: SAMPLE.sentences.headline,
          phrase: 'يوقعان اتفاقية',
          translations: { en: 'sign an economic cooperation agreement' },
        }),
      ],
    }),
    anEvent({
      id: SAMPLE.events.relations,
      category: 'diplomacy',
      title: { en: 'Diplomatic relations established' },
      start: '2009',
      grounding: { kind: 'background' },
      note: {
        en: 'Ten years before the signing, as the article says; the year is from the reference.',
      },
      references: [aReference()],
      evidence: [
        anEvidence({
          sentence: SAMPLE.sentences.signing,
          phrase: 'إقامة العلاقات الدبلوماسية',
          translations: { en: 'establishing diplomatic relations' },
        }),
      ],
    }),
    anEvent({
      id: SAMPLE.events.summit,
      category: 'summit',
      title: { en: 'Next summit' },
      start: '2020-04',
      certainty: 'approximate',
      grounding: aRelativeGrounding(),
      evidence: [
        anEvidence({
          sentence: SAMPLE.sentences.outlook,
          phrase: 'القمة المقبلة',
          translations: { en: 'next summit' },
        }),
      ],
    }),
    anEvent({
      id: SAMPLE.events.exchange,
      category: 'culture',
      title: { en: 'Cultural exchange programme' },
      start: '2019-03',
      end: '2019-05',
      evidence: [
        anEvidence({
          sentence: SAMPLE.sentences.outlook,
          phrase: 'برنامج التبادل الثقافي من مارس إلى مايو 2019',
          translations: { en: 'cultural exchange programme runs from March to May 2019' },
        }),
      ],
    }),
  ];
}

/** By default: the agreement (2019-04-16) is the 10th anniversary of the relations (2009). */
export function anAnniversaryRelation(
  overrides: Partial<Omit<AnniversaryRelation, 'type'>> = {},
): AnniversaryRelation {
  return {
    type: 'anniversary-of',
    from: SAMPLE.events.agreement,
    to: SAMPLE.events.relations,
    years: 10,
    ...overrides,
  };
}

/**
 * A valid bundle. Overriding `events` without `relations` drops the default relation
 * (it names the default events); pass `relations` to keep one.
 */
export function aBundle(overrides: Partial<BundleData> = {}): BundleData {
  const bundle: BundleData = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    id: SAMPLE.bundleId,
    article: {
      language: 'ar',
      dateline: SAMPLE.dateline,
      title: { ar: TEXT.headline.ar, en: TEXT.headline.en },
      publisher: 'A news agency',
      url: 'https://example.org/news/1',
    },
    sentences: theSentences(),
    translations: theTranslations(),
    events: theEvents(),
    relations: [anAnniversaryRelation()],
    ...overrides,
  };
  if (overrides.events && !('relations' in overrides)) delete bundle.relations;
  return bundle;
}

/** The bundle as the JSON text a file would hold. */
export function aBundleText(overrides: Partial<BundleData> = {}): string {
  return JSON.stringify(aBundle(overrides), null, 2);
}

/** A key path: "events[1].evidence[0].phrase" or ['events', 1, 'evidence', 0, 'phrase']. */
export type KeyPath = string | readonly (string | number)[];

/** Splits "events[1].translations[\"pt-BR\"]" into ['events', 1, 'translations', 'pt-BR']. */
export function parsePath(path: KeyPath): (string | number)[] {
  if (typeof path !== 'string') return [...path];
  const keys: (string | number)[] = [];
  const token = /([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const match of path.matchAll(token)) {
    if (match[1] !== undefined) keys.push(match[1]);
    else if (match[2] !== undefined) keys.push(Number(match[2]));
    else if (match[3] !== undefined) keys.push(JSON.parse(match[3]) as string);
  }
  return keys;
}

type Container = Record<string | number, unknown>;

function containerAt(root: unknown, keys: readonly (string | number)[], path: KeyPath): Container {
  let node = root;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') {
      throw new Error(`bundleBuilders: nothing at ${JSON.stringify(path)}`);
    }
    node = (node as Container)[key];
  }
  if (node === null || typeof node !== 'object') {
    throw new Error(`bundleBuilders: nothing at ${JSON.stringify(path)}`);
  }
  return node as Container;
}

/** A deep copy of `value` with `replacement` put at `path` (any JSON value, so it can break the schema). */
export function withValueAt(value: unknown, path: KeyPath, replacement: unknown): unknown {
  const keys = parsePath(path);
  const last = keys.pop();
  if (last === undefined) return structuredClone(replacement);
  const copy: unknown = structuredClone(value);
  containerAt(copy, keys, path)[last] = structuredClone(replacement);
  return copy;
}

/** A deep copy of `value` without the key (or list item) at `path`. */
export function withoutValueAt(value: unknown, path: KeyPath): unknown {
  const keys = parsePath(path);
  const last = keys.pop();
  if (last === undefined) throw new Error('bundleBuilders: cannot remove the whole bundle');
  const copy: unknown = structuredClone(value);
  const parent = containerAt(copy, keys, path);
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
  return copy;
}
