/**
 * The fixed words of the bundle format, kept apart from the valibot schema so
 * that code which only needs them (the timeline's lanes) does not load the validator.
 */
export const BUNDLE_FORMAT = 'zaman.bundle';
export const BUNDLE_VERSION = 1;

/** Event categories; each is a lane on the timeline and has a name in every UI language. */
export const CATEGORIES = [
  'diplomacy',
  'anniversary',
  'summit',
  'health',
  'economy',
  'security',
  'politics',
  'culture',
  'sport',
  'other',
] as const;

export const PRECISIONS = ['day', 'month', 'year'] as const;
export const CERTAINTIES = ['certain', 'approximate', 'uncertain'] as const;
export const RELATION_TYPES = ['anniversary-of', 'part-of', 'context'] as const;

export type Category = (typeof CATEGORIES)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
