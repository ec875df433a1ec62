/**
 * What the address bar holds: the language, the bundle, the selected event or sentence, the
 * view, the stretch of time the timeline shows, the calendar, and the translation an Arabic
 * reader picked to sit beside the original. Parsing is lenient (an unknown value is dropped,
 * not fatal); building links goes through here so there is one format.
 */
import { isUiLanguage, type UiLanguage } from '../i18n/languages';
import { timeParam } from './timeWindowParams';

export type View = 'timeline' | 'list';
/** The reading workspace, or the authoring view that builds a bundle from a pasted text. */
export type Mode = 'read' | 'author';
export type Calendar = 'gregory' | 'hijri';

export interface UrlState {
  readonly lang?: UiLanguage | undefined;
  readonly bundle?: string | undefined;
  readonly event?: string | undefined;
  readonly sentence?: string | undefined;
  readonly view?: View | undefined;
  /** The first and last day (or hour) the timeline shows, UTC, when not all of it: see timeWindowParams. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly calendar?: Calendar | undefined;
  /** In the interface of the article's own language, the translation shown beside it. */
  readonly translation?: string | undefined;
  readonly mode?: Mode | undefined;
}

const ORDER = ['lang', 'mode', 'bundle', 'event', 'sentence', 'view', 'from', 'to', 'cal', 'tr'] as const;

/** A language tag as bundles key their translations ("en", "zh", "pt-BR"). */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

const wellFormed = (value: string | null) => (timeParam(value) ? (value ?? undefined) : undefined);

/** Another article: what was selected in the last one, and the stretch of time it showed, go. */
export const ANOTHER_ARTICLE: Partial<UrlState> = {
  bundle: undefined,
  event: undefined,
  sentence: undefined,
  from: undefined,
  to: undefined,
};

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const view = params.get('view');
  const cal = params.get('cal');
  const mode = params.get('mode');
  const tr = params.get('tr');
  return {
    lang: isUiLanguage(lang) ? lang : undefined,
    bundle: params.get('bundle') || undefined,
    event: params.get('event') || undefined,
    sentence: params.get('sentence') || undefined,
    view: view === 'list' || view === 'timeline' ? view : undefined,
    from: wellFormed(params.get('from')),
    to: wellFormed(params.get('to')),
    calendar: cal === 'hijri' || cal === 'gregory' ? cal : undefined,
    translation: tr && LANGUAGE_TAG.test(tr) ? tr : undefined,
    mode: mode === 'author' ? 'author' : undefined,
  };
}

/** The query string for a state, keys in a fixed order, defaults left out. */
export function formatUrlState(state: UrlState): string {
  const values: Record<(typeof ORDER)[number], string | undefined> = {
    lang: state.lang,
    bundle: state.bundle,
    event: state.event,
    sentence: state.sentence,
    view: state.view === 'list' ? 'list' : undefined,
    from: state.from,
    to: state.to,
    cal: state.calendar === 'hijri' ? 'hijri' : undefined,
    tr: state.translation,
    mode: state.mode === 'author' ? 'author' : undefined,
  };
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = values[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The link that selects an event, keeping the rest of the view. */
export function hrefForEvent(state: UrlState, id: string | undefined): string {
  return formatUrlState({ ...state, event: id, sentence: undefined });
}

/** The link that focuses a sentence of the article. */
export function hrefForSentence(state: UrlState, id: string | undefined): string {
  return formatUrlState({ ...state, sentence: id, event: undefined });
}

/**
 * Whether a ?bundle= address may be fetched: only from the page's own origin, so
 * a link can never make the page call another site.
 */
export function sameOriginUrl(address: string, base: string): URL | undefined {
  try {
    const url = new URL(address, base);
    return url.origin === new URL(base).origin ? url : undefined;
  } catch {
    return undefined;
  }
}
