/**
 * The words the views show for an event, chosen once per language: its title (with
 * the language it is actually in) and its date at its precision.
 */
import type { ArticleEvent } from '../model/article';
import { formatSpan, type CalendarId } from '../i18n/formatDate';
import { pickText, type PickedText } from '../i18n/localize';

export function eventTitle(event: ArticleEvent, language: string): PickedText {
  return pickText(event.data.title, language) ?? { text: event.id, language: 'en', fallback: true };
}

/** The event's date as the language writes it, e.g. "16–17 September 2021". */
export function eventDate(event: ArticleEvent, language: string, calendar: CalendarId = 'gregory'): string {
  return formatSpan(event.start, event.end, language, calendar);
}
