/**
 * Turns an article's extracted expressions into a draft bundle (src/model/schema.ts) that passes
 * the loader: one event per dated expression, grounded as the schema requires (stated, or relative
 * to the dateline with the offset that reproduces the date, or to the event of the date told
 * before it for «اليوم التالي»), and for each anniversary an
 * anniversary event plus, when its origin is known, an origin event and an `anniversary-of` relation.
 * The result is a proposal for an author to edit, not a finished bundle.
 */
import {
  countFrom,
  mustParseIsoDate,
  toIsoString,
  type DayDate,
  type Offset,
  type PartialDate,
} from '../model/dates';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type BundleData,
  type Category,
  type EventData,
  type EvidenceData,
  type GroundingData,
  type RelationData,
} from '../model/schema';
import { parseDateline } from './calendar';
import { guessCategory } from './categories';
import { capitalize, describeDate, englishOrdinal } from './describe';
import { extractTemporalExpressions } from './extract';
import { offsetTo } from './resolve';
import { splitSentences, type SentenceSpan } from './sentences';
import type { CalendarPeriod, TemporalExpression, TextSpan } from './types';

export interface BundleOptions {
  /** The bundle's id (letters, digits, . _ : -). Default "extracted". */
  readonly id?: string;
  /** Translations by language code, one string per sentence in order. */
  readonly translations?: Readonly<Record<string, readonly string[]>>;
  /** The text's expressions when the caller has found them already (the authoring view shows them too). */
  readonly expressions?: readonly TemporalExpression[];
}

/** A clause around an expression longer than this is cut to the words nearest the expression. */
const TITLE_MAX = 70;

/**
 * A draft bundle for `text` with its dateline. Throws an Error with a one-sentence message when
 * the dateline is not a day or a translation does not have one line per sentence.
 */
export function toBundle(text: string, dateline: string, options: BundleOptions = {}): BundleData {
  const day = parseDateline(dateline);
  if ('error' in day) throw new RangeError(day.error);
  const sentences = splitSentences(text);
  if (sentences.length === 0) throw new Error('The text has no sentences.');
  const translations = checkTranslations(options.translations ?? {}, sentences);
  const expressions = options.expressions ?? extractTemporalExpressions(text, dateline);
  const builder = new EventBuilder(day, sentences, expressions, translations);
  const headline = sentences[0]?.headline ? sentences[0].text : undefined;

  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    id: options.id ?? 'extracted',
    article: {
      language: 'ar',
      dateline,
      ...(headline !== undefined && { title: { ar: headline } }),
    },
    sentences: sentences.map((s) => ({
      id: s.id,
      text: s.text,
      ...(s.headline && { headline: true }),
    })),
    ...(Object.keys(translations).length > 0 && { translations }),
    events: builder.events,
    ...(builder.relations.length > 0 && { relations: builder.relations }),
  };
}

function checkTranslations(
  given: Readonly<Record<string, readonly string[]>>,
  sentences: readonly SentenceSpan[],
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [language, lines] of Object.entries(given)) {
    if (lines.length !== sentences.length) {
      throw new Error(
        `The ${language} translation has ${lines.length} lines but the text has ${sentences.length} sentences.`,
      );
    }
    const blank = lines.findIndex((line) => line.trim() === '');
    if (blank >= 0) throw new Error(`Line ${blank + 1} of the ${language} translation is empty.`);
    out[language] = Object.fromEntries(sentences.map((s, i) => [s.id, (lines[i] ?? '').trim()]));
  }
  return out;
}

const spanKey = (s: TextSpan) => `${s.start}:${s.end}`;

/** Whether counting `offset` from `anchor` lands on `start` at its precision, as the loader checks. */
const reproduces = (anchor: PartialDate, offset: Offset, start: PartialDate) =>
  countFrom(anchor, offset, start.precision) === toIsoString(start);

/** Builds events and relations from expressions; one instance per bundle. */
class EventBuilder {
  readonly events: EventData[] = [];
  readonly relations: RelationData[] = [];
  private readonly counters = new Map<string, number>();
  /** The event each expression's date went to, for a date counted from the one before it. */
  private readonly eventBySpan = new Map<string, EventData>();

  constructor(
    private readonly dateline: DayDate,
    private readonly sentences: readonly SentenceSpan[],
    expressions: readonly TemporalExpression[],
    private readonly translations: Record<string, Record<string, string>>,
  ) {
    // Dates that date an anniversary belong to its events, not to events of their own.
    const taken = new Set<string>();
    for (const e of expressions) {
      if (e.arithmetic.kind !== 'anniversary') continue;
      if (e.arithmetic.dateExpression) taken.add(spanKey(e.arithmetic.dateExpression));
      if (e.arithmetic.originExpression) taken.add(spanKey(e.arithmetic.originExpression));
    }
    const bySpan = new Map(expressions.map((e) => [spanKey(e), e]));
    const alsoNamedAs = sameDateNamedTwice(expressions, sentences);
    const namedAgain = new Set(alsoNamedAs.values());
    for (const e of expressions) {
      if (e.arithmetic.kind === 'anniversary') this.addAnniversary(e, bySpan);
      else if (e.period && !taken.has(spanKey(e)) && !namedAgain.has(e))
        this.addDated(e, e.period, { alsoAs: alsoNamedAs.get(e) });
    }
  }

  private sentenceOf(span: TextSpan): SentenceSpan | undefined {
    return this.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  }

  /** Where a sentence is, as the reader numbers them: "the headline", or "sentence 3" counting paragraphs from 1. */
  private where(sentence: SentenceSpan): string {
    if (sentence.headline) return 'the headline';
    return `sentence ${this.sentences.filter((s) => !s.headline).indexOf(sentence) + 1}`;
  }

  private nextId(sentence: SentenceSpan): string {
    const n = (this.counters.get(sentence.id) ?? 0) + 1;
    this.counters.set(sentence.id, n);
    return `${sentence.id}-t${n}`;
  }

  private evidence(sentence: SentenceSpan, phrase: string): EvidenceData {
    const languages = Object.keys(this.translations);
    // Without alignment the whole translated sentence stands for the phrase.
    const translations = Object.fromEntries(
      languages.map((l) => [l, this.translations[l]?.[sentence.id] ?? '']),
    );
    return { sentence: sentence.id, phrase, ...(languages.length > 0 && { translations }) };
  }

  /** The clause around a span; cut to a title's length unless `whole`. */
  private clause(sentence: SentenceSpan, span: TextSpan, whole = false): string {
    const from = span.start - sentence.start;
    const to = span.end - sentence.start;
    return clauseAround(sentence.text, from, to, whole ? Infinity : TITLE_MAX);
  }

  /** The lane the whole clause suggests, else (unless `clauseOnly`) the sentence. */
  private category(sentence: SentenceSpan, span: TextSpan, clauseOnly = false): Category {
    const fromClause = guessCategory(this.clause(sentence, span, true));
    return fromClause === 'other' && !clauseOnly ? guessCategory(sentence.text) : fromClause;
  }

  private groundingFor(
    e: TemporalExpression,
    sentence: SentenceSpan,
    start: PartialDate,
  ): GroundingData {
    if (e.resolution !== 'relative') return { kind: 'stated' };
    const fromPrevious = this.countedFromPrevious(e, sentence, start);
    if (fromPrevious) return fromPrevious;
    const offset =
      e.arithmetic.kind === 'relative' && reproduces(this.dateline, e.arithmetic.offset, start)
        ? e.arithmetic.offset
        : offsetTo(this.dateline, start);
    return {
      kind: 'relative',
      phrase: e.text,
      sentence: sentence.id,
      anchor: 'dateline',
      offset: { ...offset },
    };
  }

  /**
   * «اليوم التالي»: relative to the event of the date written before it, when that event's start
   * moved by the same offset gives this date (a range's end, counted from, does not).
   */
  private countedFromPrevious(
    e: TemporalExpression,
    sentence: SentenceSpan,
    start: PartialDate,
  ): GroundingData | undefined {
    const a = e.arithmetic;
    if (a.kind !== 'relative' || !a.previousExpression) return undefined;
    const anchor = this.eventBySpan.get(spanKey(a.previousExpression));
    if (!anchor) return undefined;
    if (!reproduces(mustParseIsoDate(anchor.start), a.offset, start)) return undefined;
    return {
      kind: 'relative',
      phrase: e.text,
      sentence: sentence.id,
      anchor: { event: anchor.id },
      offset: { ...a.offset },
    };
  }

  /** `alsoAs`: the same date named again beside it («… الموافق …»), cited as more evidence. */
  private addDated(
    e: TemporalExpression,
    period: CalendarPeriod,
    { title, alsoAs }: { title?: string; alsoAs?: TemporalExpression | undefined } = {},
  ): string | undefined {
    const sentence = this.sentenceOf(e);
    if (!sentence) return undefined;
    const start = mustParseIsoDate(period.start);
    const id = this.nextId(sentence);
    const where = this.where(sentence);
    const event: EventData = {
      id,
      category: this.category(sentence, e),
      title: {
        ar: this.clause(sentence, e),
        en: title ?? `${describePeriod(period)} (${where})`,
      },
      start: period.start,
      ...(period.end !== undefined && { end: period.end }),
      precision: period.precision,
      ...(period.approximate && { certainty: 'approximate' as const }),
      grounding: this.groundingFor(e, sentence, start),
      note: { en: e.explanation },
      evidence: [
        this.evidence(sentence, e.text),
        ...(alsoAs ? [this.evidence(sentence, alsoAs.text)] : []),
      ],
    };
    this.events.push(event);
    for (const named of alsoAs ? [e, alsoAs] : [e]) this.eventBySpan.set(spanKey(named), event);
    return id;
  }

  private addAnniversary(
    e: TemporalExpression,
    bySpan: ReadonlyMap<string, TemporalExpression>,
  ): void {
    if (e.arithmetic.kind !== 'anniversary' || !e.period) return;
    const { years, basis, origin, dateExpression, originExpression } = e.arithmetic;
    const sentence = this.sentenceOf(e);
    if (!sentence) return;
    const where = this.where(sentence);
    const nth = englishOrdinal(years);
    const start = mustParseIsoDate(e.period.start);
    const dateExpr = dateExpression && bySpan.get(spanKey(dateExpression));
    const originExpr = originExpression && bySpan.get(spanKey(originExpression));

    // The origin's own event comes first when the text gives it, so the anniversary can count from it.
    const originId =
      originExpr?.period &&
      this.addDated(originExpr, originExpr.period, {
        title: `Origin of the ${nth} anniversary (${where}): ${describePeriod(originExpr.period)}`,
      });
    const id = this.nextId(sentence);
    const refinedByOrigin =
      dateExpr?.period !== undefined && dateExpr.period.precision !== start.precision;
    let grounding: GroundingData;
    if (originId && (!dateExpr || refinedByOrigin)) {
      grounding = {
        kind: 'relative',
        phrase: e.text,
        sentence: sentence.id,
        anchor: { event: originId },
        offset: { years },
      };
    } else if (dateExpr) {
      grounding = this.groundingFor(dateExpr, sentence, start);
    } else {
      // Assumed to fall in the dateline's year: relative to the dateline with no offset, flagged approximate.
      grounding = {
        kind: 'relative',
        phrase: e.text,
        sentence: sentence.id,
        anchor: 'dateline',
        offset: { years: 0 },
      };
    }
    const evidence = [this.evidence(sentence, e.text)];
    if (dateExpr) evidence.push(this.evidence(sentence, dateExpr.text));
    this.events.push({
      id,
      category: 'anniversary',
      title: {
        ar: this.clause(sentence, e),
        en: `${capitalize(nth)} anniversary (${where}): ${describePeriod(e.period)}`,
      },
      start: e.period.start,
      precision: e.period.precision,
      ...(basis === 'assumed-dateline-year' && { certainty: 'approximate' as const }),
      grounding,
      note: { en: e.explanation },
      evidence,
    });

    let to = originId;
    if (!to && origin !== undefined) {
      // The origin is computed from the anniversary's date: relative to the anniversary event.
      const originDate = mustParseIsoDate(origin);
      to = this.nextId(sentence);
      this.events.push({
        id: to,
        // What the anniversary marks is told by its own clause («للنكبة التي…»); the rest of the
        // sentence is about the day it is marked («بعد صراع مع المرض»), not about the origin.
        category: this.category(sentence, e, true),
        title: {
          ar: this.clause(sentence, e),
          en: `Origin of the ${nth} anniversary (${where}): ${describeDate(originDate)}`,
        },
        start: origin,
        precision: originDate.precision,
        grounding: {
          kind: 'relative',
          phrase: e.text,
          sentence: sentence.id,
          anchor: { event: id },
          offset: { years: -years },
        },
        note: {
          en: `${toIsoString(start)} − ${years} years: the origin the ${nth} anniversary counts from.`,
        },
        evidence: [this.evidence(sentence, e.text)],
      });
    }
    if (to) this.relations.push({ type: 'anniversary-of', from: id, to, years });
  }
}

/**
 * What may stand between two names of one date: «1 محرم 1445 هـ الموافق 19 تموز/يوليو»,
 * «… الموافقة لـ …», «… (19 يوليو 2023)», «… أي …».
 */
const SAME_DATE_JOIN = /^[\s،,]*(?:\(|(?:ال)?موافق(?:ة)?(?:\s+لـ?)?|أي)?\s*$/u;

/** Whether part of an expression's date came from outside its words (the dateline's year, a count from it). */
function completed(e: TemporalExpression): boolean {
  return e.resolution === 'relative' || ('completed' in e.arithmetic && e.arithmetic.completed !== undefined);
}

/**
 * Dates the text names twice in a row, joined as one date (a Hijri date and the Gregorian day
 * it falls on), each kept name with the one cited beside it: the second gives no event of its
 * own. The one kept is the one the text gives whole, not one whose year came from the dateline.
 */
function sameDateNamedTwice(
  expressions: readonly TemporalExpression[],
  sentences: readonly SentenceSpan[],
): Map<TemporalExpression, TemporalExpression> {
  const partner = new Map<TemporalExpression, TemporalExpression>();
  const paired = new Set<TemporalExpression>();
  const text = (from: number, to: number) => {
    const sentence = sentences.find((s) => s.start <= from && to <= s.end);
    return sentence?.text.slice(from - sentence.start, to - sentence.start);
  };
  for (let i = 1; i < expressions.length; i++) {
    const [a, b] = [expressions[i - 1], expressions[i]];
    if (!a?.period || !b?.period || paired.has(a)) continue;
    if (a.arithmetic.kind === 'anniversary' || b.arithmetic.kind === 'anniversary') continue;
    const between = text(a.end, b.start);
    const same =
      a.period.start === b.period.start &&
      a.period.end === b.period.end &&
      a.period.precision === b.period.precision;
    if (!same || between === undefined || !SAME_DATE_JOIN.test(between)) continue;
    const [first, second] = completed(a) && !completed(b) ? [b, a] : [a, b];
    partner.set(first, second);
    paired.add(a).add(b);
  }
  return partner;
}

/** Punctuation that ends a clause; a point between digits («4.5») does not. */
const CLAUSE_BREAK = /[،,؛;:!?؟]|\.(?!\d)/gu;

/**
 * The clause of `sentence` around [from, to): between the nearest punctuation marks, cut to
 * whole words near the expression when longer than `maxLength`.
 */
export function clauseAround(
  sentence: string,
  from: number,
  to: number,
  maxLength = TITLE_MAX,
): string {
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const left = Math.max(0, ...breaks.filter((b) => b < from).map((b) => b + 1));
  const right = Math.min(sentence.length, ...breaks.filter((b) => b >= to));
  const clause = sentence.slice(left, right).trim();
  if (clause.length <= maxLength) return clause || sentence;
  const start = Math.max(left, from - 30);
  const end = Math.min(right, to + 30);
  const words = sentence.slice(start, end).split(/\s+/u).filter(Boolean);
  // The words at a cut end are probably cut in half: drop them.
  const kept = words.slice(start > left ? 1 : 0, end < right ? -1 : undefined).join(' ');
  return `${start > left ? '… ' : ''}${kept}${end < right ? ' …' : ''}`;
}

function describePeriod(period: CalendarPeriod): string {
  const start = describeDate(mustParseIsoDate(period.start));
  return period.end === undefined
    ? start
    : `${start} – ${describeDate(mustParseIsoDate(period.end))}`;
}
