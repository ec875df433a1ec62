/**
 * What a bundle problem is about, for an author who never sees the bundle's JSON: a problem at
 * "events[2].start" is about the third kept event, and one at "relations[0].years" about the
 * anniversary that link starts from, each named by its title.
 */
import { pickText } from '../i18n/localize';
import type { BundleData, EventData } from '../model/schema';

export type ProblemSubject = { readonly event: string } | { readonly path: string };

export function problemSubject(path: string, bundle: BundleData, language: string): ProblemSubject {
  const [, list, index] = /^(events|relations)\[(\d+)\]/.exec(path) ?? [];
  const at = Number(index);
  const event: EventData | undefined =
    list === 'events'
      ? bundle.events[at]
      : list === 'relations'
        ? bundle.events.find((e) => e.id === bundle.relations?.[at]?.from)
        : undefined;
  if (!event) return { path };
  return { event: pickText(event.title, language)?.text ?? event.id };
}
