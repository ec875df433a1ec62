/**
 * Synthetic benchmark data: a deterministic Zaman bundle of n events, and the same
 * events in the data formats of the two peer libraries the benchmark compares against
 * (vis-timeline and timelines-chart).
 *
 * Deterministic on purpose: every run, every machine and every library sees exactly the
 * same events, so differences come from the renderers, not from the data. Nothing here
 * calls Math.random; all randomness comes from a seeded mulberry32.
 *
 * Compact on purpose: the app refuses bundles over MAX_BUNDLE_BYTES (19 MiB), and the
 * largest benchmark size (100,000 events) has to fit, so events carry only what the schema
 * requires (no description, no translations, one short evidence phrase each).
 */
import { mustParseIsoDate, periodEnd, periodStart, type Precision } from '../src/model/dates';
import type { BundleData, Category, EventData } from '../src/model/schema';

/** The six categories the synthetic events are spread over (a lane each in every renderer). */
export const SYNTHETIC_CATEGORIES = [
  'diplomacy',
  'summit',
  'health',
  'economy',
  'security',
  'politics',
] as const satisfies readonly Category[];

export type SyntheticCategory = (typeof SYNTHETIC_CATEGORIES)[number];

/** Sentences the events cite as evidence; reused so the bundle's size grows with the events only. */
export const SENTENCE_COUNT = 200;

const FIRST_YEAR = 1900;
const LAST_YEAR = 2030;

/**
 * One short word per category, in each title script (Arabic words of three letters, to keep
 * bytes down); every sentence contains all the Arabic ones, so any of them is valid evidence.
 */
const WORDS: Record<SyntheticCategory, { ar: string; en: string }> = {
  diplomacy: { ar: 'وفد', en: 'envoy' },
  summit: { ar: 'قمة', en: 'summit' },
  health: { ar: 'صحة', en: 'health' },
  economy: { ar: 'سوق', en: 'market' },
  security: { ar: 'أمن', en: 'guard' },
  politics: { ar: 'حزب', en: 'party' },
};

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date written at `precision`, `steps` periods (days, months or years) after the given one. */
function addPeriods(
  precision: Precision,
  year: number,
  month: number,
  day: number,
  steps: number,
): string {
  if (precision === 'year') return String(year + steps);
  if (precision === 'month') {
    const count = year * 12 + (month - 1) + steps;
    return `${Math.floor(count / 12)}-${pad((count % 12) + 1)}`;
  }
  const date = new Date(Date.UTC(year, month - 1, day + steps));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A valid Zaman bundle with `n` events (ids e0…e{n-1}), the same for the same (n, seed).
 * Event i's fields are drawn in a fixed order from one PRNG stream, so the first 1,000 events
 * of the 100,000-event bundle are the 1,000-event bundle: sizes differ only in how many there are.
 *
 * Distribution: start dates uniform over 1900–2030; precision day/month/year 70/20/10 %;
 * 10 % are ranges (end strictly after start, same precision: up to 60 days, 24 months or
 * 10 years); categories uniform over the six above; titles alternate Arabic and Latin.
 */
export function generateBundle(n: number, seed = 1): BundleData {
  const random = mulberry32(seed);
  const int = (below: number) => Math.floor(random() * below);

  const arabicWords = SYNTHETIC_CATEGORIES.map((c) => WORDS[c].ar).join(' و');
  const sentences = Array.from({ length: SENTENCE_COUNT }, (_, k) => ({
    id: `s${k}`,
    text: `الخبر ${k + 1} عن ${arabicWords}.`,
  }));

  const events: EventData[] = [];
  for (let i = 0; i < n; i++) {
    const category = SYNTHETIC_CATEGORIES[int(SYNTHETIC_CATEGORIES.length)] ?? 'politics';
    const p = random();
    const precision: Precision = p < 0.7 ? 'day' : p < 0.9 ? 'month' : 'year';
    const isRange = random() < 0.1;
    // Ranges start early enough that their longest possible end is still within LAST_YEAR.
    const lastStartYear = isRange ? LAST_YEAR - 11 : LAST_YEAR;
    const year = FIRST_YEAR + int(lastStartYear - FIRST_YEAR + 1);
    const month = 1 + int(12);
    const day = 1 + int(daysIn(year, month));
    const start = addPeriods(precision, year, month, day, 0);
    const length = 1 + int(precision === 'day' ? 60 : precision === 'month' ? 24 : 10);
    const sentence = int(SENTENCE_COUNT);

    const words = WORDS[category];
    const event: EventData = {
      id: `e${i}`,
      category,
      title: i % 2 === 0 ? { ar: `حدث ${i} ${words.ar}` } : { en: `Event ${i} ${words.en}` },
      start,
      precision,
      grounding: { kind: 'stated' },
      evidence: [{ sentence: `s${sentence}`, phrase: words.ar }],
    };
    if (isRange) event.end = addPeriods(precision, year, month, day, length);
    events.push(event);
  }

  return {
    format: 'zaman.bundle',
    version: 1,
    id: `synthetic-${n}-${seed}`,
    article: {
      language: 'ar',
      dateline: '2025-01-01',
      title: { ar: `حزمة اختبار من ${n} حدث`, en: `Synthetic benchmark bundle, ${n} events` },
    },
    sentences,
    events,
  };
}

/** The one text of a title (synthetic titles have exactly one language). */
export function titleOf(event: EventData): string {
  return Object.values(event.title)[0] ?? event.id;
}

/** The period an event covers, in UTC milliseconds: [first instant, first instant after). */
export function eventSpan(event: EventData): { start: number; end: number } {
  return {
    start: periodStart(mustParseIsoDate(event.start)),
    end: periodEnd(mustParseIsoDate(event.end ?? event.start)),
  };
}

// ---------------------------------------------------------------------------------------
// vis-timeline
// ---------------------------------------------------------------------------------------

/** A vis-timeline item as plain JSON (times in UTC ms). */
export interface VisItem {
  id: string;
  group: string;
  content: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
}

export interface VisData {
  groups: { id: string; content: string }[];
  items: VisItem[];
}

/**
 * Same events for vis-timeline: one group per category; a year or month (or any range)
 * becomes a range over its whole period, a single day a point, as Zaman draws them.
 */
export function toVisTimeline(bundle: BundleData): VisData {
  const groups = SYNTHETIC_CATEGORIES.map((c) => ({ id: c, content: c }));
  const items = bundle.events.map((event): VisItem => {
    const span = eventSpan(event);
    const base = {
      id: event.id,
      group: event.category,
      content: titleOf(event),
      start: span.start,
    };
    return event.precision === 'day' && event.end === undefined
      ? { ...base, type: 'point' }
      : { ...base, end: span.end, type: 'range' };
  });
  return { groups, items };
}

// ---------------------------------------------------------------------------------------
// timelines-chart
// ---------------------------------------------------------------------------------------

/** A timelines-chart segment; `labelVal` is shown in its tooltip, `id` identifies the event. */
export interface TimelinesSegment {
  timeRange: [number, number];
  val: string;
  labelVal: string;
  id: string;
}

export interface TimelinesGroup {
  group: string;
  data: { label: string; data: TimelinesSegment[] }[];
}

const DAY_MS = 86_400_000;

/**
 * Same events for timelines-chart: a group per category. timelines-chart draws each of a
 * group's lines ("labels") as one row of non-overlapping segments (it is a swimlane/state
 * chart), so events are packed greedily into the fewest rows where they don't overlap —
 * the stacking vis-timeline and Zaman do themselves at run time. The chart only draws
 * ranges, so a single day becomes a one-day range. `val` is the category (colour).
 */
export function toTimelinesChart(bundle: BundleData): TimelinesGroup[] {
  const byCategory = new Map<string, TimelinesSegment[]>();
  for (const event of bundle.events) {
    const span = eventSpan(event);
    // A single day already spans one day here: periodEnd is the next midnight.
    const end = Math.max(span.end, span.start + DAY_MS);
    const list = byCategory.get(event.category) ?? [];
    list.push({
      timeRange: [span.start, end],
      val: event.category,
      labelVal: titleOf(event),
      id: event.id,
    });
    byCategory.set(event.category, list);
  }
  return SYNTHETIC_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => {
    const segments = (byCategory.get(category) ?? []).sort(
      (a, b) => a.timeRange[0] - b.timeRange[0],
    );
    // Interval partitioning: put each segment on the first row that ended before it starts.
    const rowEnds: number[] = [];
    const rows: TimelinesSegment[][] = [];
    for (const segment of segments) {
      let row = rowEnds.findIndex((rowEnd) => rowEnd <= segment.timeRange[0]);
      if (row === -1) {
        row = rows.length;
        rows.push([]);
        rowEnds.push(0);
      }
      rows[row]?.push(segment);
      rowEnds[row] = segment.timeRange[1];
    }
    return {
      group: category,
      data: rows.map((data, k) => ({ label: `${category} ${k + 1}`, data })),
    };
  });
}
