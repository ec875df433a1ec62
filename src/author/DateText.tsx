import { useTranslation } from 'react-i18next';
import { formatSpan, type CalendarId } from '../i18n/formatDate';
import { parseIsoDate } from '../model/dates';
import type { EventData } from '../model/schema';

/** An event's dates in a calendar as the language writes them at their precision; none while they are not dates. */
function datesIn(event: Pick<EventData, 'start' | 'end'>, language: string, calendar: CalendarId): string | undefined {
  const start = parseIsoDate(event.start);
  const end = event.end === undefined ? undefined : parseIsoDate(event.end);
  if ('error' in start || (end && 'error' in end)) return undefined;
  return formatSpan(start, end, language, calendar);
}

/** An event's dates as the interface language writes them at their precision; the raw text while it is not a date. */
export function eventDateText(event: Pick<EventData, 'start' | 'end'>, language: string): string {
  return (
    datesIn(event, language, 'gregory') ?? (event.end === undefined ? event.start : `${event.start} – ${event.end}`)
  );
}

export function DateText({ event, calendar }: { readonly event: EventData; readonly calendar: CalendarId }) {
  const { t, i18n } = useTranslation();
  const date = eventDateText(event, i18n.language);
  // The Hijri dates beside the Gregorian, as the reading view's details give them.
  const hijri = calendar === 'gregory' ? undefined : datesIn(event, i18n.language, calendar);
  return (
    <>
      <span className="date-text" data-certainty={event.certainty}>
        {event.certainty === 'approximate' || event.certainty === 'uncertain'
          ? t('date.withCertainty', { date, certainty: t(`date.${event.certainty}`) })
          : date}
      </span>
      {hijri !== undefined && <span className="date-hijri">{t('date.hijri', { date: hijri })}</span>}
    </>
  );
}
