/**
 * The bundles the tests know about, read from disk: the embedded seed article and
 * the short fixture. Tests take titles, phrases and the time order from here, so
 * they follow the data instead of repeating it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SEED_PATH = path.join(ROOT, 'src', 'data', 'seed.bundle.json');
export const SHORT_PATH = path.join(ROOT, 'e2e', 'fixtures', 'short-article.bundle.json');
export const LOCALES_DIR = path.join(ROOT, 'src', 'i18n', 'locales');

export type Texts = Readonly<Record<string, string>>;

export interface SeedEvidence {
  readonly sentence: string;
  readonly phrase: string;
  readonly translations?: Texts;
}

export interface SeedEvent {
  readonly id: string;
  readonly category: string;
  readonly title: Texts;
  readonly start: string;
  readonly end?: string;
  readonly precision: 'year' | 'month' | 'day';
  readonly evidence: readonly SeedEvidence[];
}

export interface SeedBundle {
  readonly id: string;
  readonly article: { readonly language: string; readonly title: Texts; readonly dateline: string };
  readonly sentences: readonly { readonly id: string; readonly text: string; readonly headline?: boolean }[];
  readonly translations?: Readonly<Record<string, Texts>>;
  readonly events: readonly SeedEvent[];
  readonly relations?: readonly { readonly type: string; readonly from: string; readonly to: string; readonly years?: number }[];
}

export function readBundle(file: string): SeedBundle {
  return JSON.parse(readFileSync(file, 'utf8')) as SeedBundle;
}

/** A fresh, mutable copy of a bundle file, to break or extend in a test. */
export function bundleCopy(file: string): Record<string, unknown> & { events: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { events: Record<string, unknown>[] };
}

export const seed = readBundle(SEED_PATH);
export const shortBundle = readBundle(SHORT_PATH);

export function eventById(id: string, bundle: SeedBundle = seed): SeedEvent {
  const event = bundle.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in bundle ${bundle.id}`);
  return event;
}

export function titleOf(id: string, language: string, bundle: SeedBundle = seed): string {
  const event = eventById(id, bundle);
  const title = event.title[language] ?? event.title['en'];
  if (title === undefined) throw new Error(`event ${id} has no title in ${language}`);
  return title;
}

/** [first instant, first instant after] of a YYYY, YYYY-MM or YYYY-MM-DD date. */
export function period(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined) throw new Error(`bad date ${date}`);
  if (m === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
}

/** Event ids in time order: by start date, then end date, then id (as the article model orders them). */
export function timeOrder(bundle: SeedBundle = seed): string[] {
  const key = (e: SeedEvent) => [...period(e.start), ...period(e.end ?? e.start)];
  return [...bundle.events]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) {
        const diff = (ka[i] ?? 0) - (kb[i] ?? 0);
        if (diff !== 0) return diff;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .map((e) => e.id);
}

/** Ids of the events whose evidence cites a sentence. */
export function eventsOfSentence(sentenceId: string, bundle: SeedBundle = seed): string[] {
  return bundle.events.filter((e) => e.evidence.some((x) => x.sentence === sentenceId)).map((e) => e.id);
}

/** The UI strings of a language, or undefined while that locale file does not exist yet. */
export function readLocale(language: string): Record<string, Record<string, string>> | undefined {
  try {
    // The reading view's strings and the parts that load with their views (src/i18n/parts.ts).
    return Object.assign(
      {},
      ...['', '.author', '.problems'].map(
        (part) =>
          JSON.parse(readFileSync(path.join(LOCALES_DIR, `${language}${part}.json`), 'utf8')) as Record<
            string,
            Record<string, string>
          >,
      ),
    ) as Record<string, Record<string, string>>;
  } catch {
    return undefined;
  }
}

/** One UI string, e.g. uiString('ar', 'views', 'timeline'); throws if the locale or key is missing. */
/** A UI string: its group, then its key within the group (dotted for nested keys: "key.heading"). */
export function uiString(language: string, group: string, key: string): string {
  let node: unknown = readLocale(language)?.[group];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const value = typeof node === 'string' ? node : undefined;
  if (value === undefined) throw new Error(`locale ${language} has no ${group}.${key}`);
  return value;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
