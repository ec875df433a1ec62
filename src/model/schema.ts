/**
 * The shape of an article bundle, version 1, as a valibot schema. This checks
 * structure only, and its messages are problem codes (see problems.ts) that the
 * UI words in the reader's language; what a schema cannot express (ids that must exist, phrases
 * that must occur, date arithmetic) is in crossChecks.ts.
 * `npm run schema` turns this into public/schema/zaman-bundle-v1.schema.json, and that into
 * the compiled check the loader runs first (bundleShape.generated.js): every rule here must
 * have a JSON Schema form (no v.check), or the generation stops.
 */
import * as v from 'valibot';
import { BUNDLE_FORMAT, BUNDLE_VERSION, CATEGORIES, CERTAINTIES, PRECISIONS } from './vocabulary';

export {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  CATEGORIES,
  CERTAINTIES,
  PRECISIONS,
  RELATION_TYPES,
} from './vocabulary';

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'bad-id'));

const LanguageCode = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'bad-language'),
);

const Text = v.pipe(v.string(), v.minLength(1, 'empty'));

/** Text in one or more languages, keyed by language code. */
const Localized = v.pipe(v.record(LanguageCode, Text), v.minEntries(1, 'needs-language'));

const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'bad-date-form'));

const DayIsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'bad-day-form'));

const WholeNumber = v.pipe(v.number(), v.integer('not-integer'));

/**
 * Only web links: a "javascript:" or "data:" address must never become a link. A pattern,
 * not code, so that the published JSON Schema says it too: http:// or https://, then a host
 * (no user name: "https://bank.example@elsewhere" misleads), and no spaces.
 */
const WebUrl = v.pipe(
  v.string(),
  v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#@]+([/?#]\S*)?$/, 'bad-url'),
);

/**
 * A source: its title is the bundle author's words, its quote the source's own, often in
 * another language (Persian, Russian…). Their languages let a screen reader voice each right.
 */
const Reference = v.strictObject({
  title: Text,
  titleLanguage: v.optional(LanguageCode),
  url: WebUrl,
  quote: v.optional(Text),
  /** The language of the source, and so of its quote. */
  language: v.optional(LanguageCode),
});

const Sentence = v.strictObject({
  id: Id,
  text: Text,
  headline: v.optional(v.boolean()),
});

const Evidence = v.strictObject({
  sentence: Id,
  /** The exact words in the article's sentence. */
  phrase: Text,
  /** The corresponding words in each translation of that sentence. */
  translations: v.optional(v.record(LanguageCode, Text)),
});

const Anchor = v.union([v.literal('dateline'), v.strictObject({ event: Id })]);

const Grounding = v.variant('kind', [
  v.strictObject({ kind: v.literal('stated') }),
  v.strictObject({
    kind: v.literal('relative'),
    /** The words the date is resolved from, exactly as in the sentence. */
    phrase: Text,
    /** The same words in other languages, for the explanation. */
    gloss: v.optional(Localized),
    sentence: Id,
    anchor: Anchor,
    offset: v.strictObject({
      years: v.optional(WholeNumber),
      months: v.optional(WholeNumber),
      days: v.optional(WholeNumber),
    }),
  }),
  v.strictObject({ kind: v.literal('background') }),
]);

const Event = v.strictObject({
  id: Id,
  category: v.picklist(CATEGORIES),
  title: Localized,
  description: v.optional(Localized),
  start: IsoDate,
  end: v.optional(IsoDate),
  /** The event goes on past its end (or past the dateline when it has no end). */
  ongoing: v.optional(v.boolean()),
  precision: v.picklist(PRECISIONS),
  certainty: v.optional(v.picklist(CERTAINTIES)),
  grounding: Grounding,
  /** How the date was established, in plain words. */
  note: v.optional(Localized),
  references: v.optional(v.array(Reference)),
  evidence: v.pipe(v.array(Evidence), v.minLength(1, 'no-evidence')),
});

const Relation = v.variant('type', [
  v.strictObject({
    type: v.literal('anniversary-of'),
    from: Id,
    to: Id,
    years: v.pipe(WholeNumber, v.minValue(1, 'below-one')),
  }),
  v.strictObject({ type: v.literal('part-of'), from: Id, to: Id }),
  v.strictObject({ type: v.literal('context'), from: Id, to: Id }),
]);

export const BundleSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(BUNDLE_VERSION),
  id: Id,
  article: v.strictObject({
    language: LanguageCode,
    dateline: DayIsoDate,
    title: v.optional(Localized),
    publisher: v.optional(Text),
    published: v.optional(DayIsoDate),
    url: v.optional(WebUrl),
    note: v.optional(Localized),
  }),
  sentences: v.pipe(v.array(Sentence), v.minLength(1, 'no-sentences')),
  translations: v.optional(v.record(LanguageCode, v.record(Id, v.string()))),
  events: v.array(Event),
  relations: v.optional(v.array(Relation)),
});

export type BundleData = v.InferOutput<typeof BundleSchema>;
export type EventData = BundleData['events'][number];
export type SentenceData = BundleData['sentences'][number];
export type EvidenceData = EventData['evidence'][number];
export type GroundingData = EventData['grounding'];
export type RelationData = NonNullable<BundleData['relations']>[number];
export type ReferenceData = NonNullable<EventData['references']>[number];
export type { Category, Certainty, RelationType } from './vocabulary';
export type LocalizedText = Readonly<Record<string, string>>;
