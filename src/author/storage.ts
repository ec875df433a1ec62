/**
 * Work in progress in localStorage, read back defensively: whatever is stored may come from
 * an older version or have been edited by hand, so every field is checked and anything wrong
 * is dropped rather than trusted. Storage may be unavailable; then nothing is kept.
 */
import { CATEGORIES, PRECISIONS, type Category } from '../model/vocabulary';
import type { Precision } from '../model/dates';
import type { EditedDates, Edits, ProposalEdit } from './edits';
import { TRANSLATION_LANGUAGES, type ArticleInput, type TranslationLanguage } from './propose';
import type { WorkInProgress } from './work';

export const STORAGE_KEY = 'zaman.author.v1';

export function loadWork(storage: Storage | undefined): WorkInProgress | undefined {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    return text ? parseWork(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

export function saveWork(storage: Storage | undefined, work: WorkInProgress): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(work));
  } catch {
    // Full or blocked: the work stays on the page, it just will not survive a reload.
  }
}

export function clearWork(storage: Storage | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored, then.
  }
}

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const oneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  isString(value) && (options as readonly string[]).includes(value);

/** A stored value as work in progress, or undefined when it is not one. */
export function parseWork(value: unknown): WorkInProgress | undefined {
  if (!isObject(value)) return undefined;
  const input = parseInput(value['input']);
  if (!input) return undefined;
  const found = parseInput(value['found']);
  return { input, ...(found && { found }), edits: found ? parseEdits(value['edits']) : {} };
}

function parseInput(value: unknown): ArticleInput | undefined {
  if (!isObject(value)) return undefined;
  const { text, dateline, translation, translationLanguage } = value;
  if (!isString(text) || !isString(dateline) || !isString(translation)) return undefined;
  const language: TranslationLanguage = oneOf(TRANSLATION_LANGUAGES, translationLanguage) ? translationLanguage : 'en';
  return { text, dateline, translation, translationLanguage: language };
}

function parseEdits(value: unknown): Edits {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([id, edit]) => {
      const parsed = parseEdit(edit);
      return parsed ? [[id, parsed]] : [];
    }),
  );
}

function parseEdit(value: unknown): ProposalEdit | undefined {
  if (!isObject(value)) return undefined;
  const { removed, title, category, dates, anniversaryOf } = value;
  const titles = isObject(title)
    ? Object.fromEntries(Object.entries(title).filter((entry): entry is [string, string] => isString(entry[1])))
    : undefined;
  const parsedDates = parseDates(dates);
  return {
    ...(removed === true && { removed: true }),
    ...(titles && { title: titles }),
    ...(oneOf<Category>(CATEGORIES, category) && { category }),
    ...(parsedDates && { dates: parsedDates }),
    ...((anniversaryOf === null || isString(anniversaryOf)) && { anniversaryOf }),
  };
}

function parseDates(value: unknown): EditedDates | undefined {
  if (!isObject(value)) return undefined;
  const { start, end, precision } = value;
  if (!isString(start) || !oneOf<Precision>(PRECISIONS, precision)) return undefined;
  return { start, precision, ...(isString(end) && { end }) };
}
