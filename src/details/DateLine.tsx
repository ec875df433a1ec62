import { useTranslation } from 'react-i18next';
import type { ArticleEvent } from '../model/article';
import { eventDate } from '../timeline/eventText';
import type { CalendarId } from '../i18n/formatDate';

interface DateLineProps {
  readonly event: ArticleEvent;
  readonly calendar: CalendarId;
}

/** The event's date at its precision, how sure it is, and the Hijri date beside it when asked for. */
export function DateLine({ event, calendar }: DateLineProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  let text = eventDate(event, language);
  if (event.data.ongoing) text = t('date.ongoing', { date: text });
  if (event.certainty !== 'certain') text = t('date.withCertainty', { date: text, certainty: t(`date.${event.certainty}`) });
  return (
    <>
      <span className="date-text" data-certainty={event.certainty}>
        {text}
      </span>
      {calendar !== 'gregory' && (
        <span className="date-hijri">{t('date.hijri', { date: eventDate(event, language, calendar) })}</span>
      )}
    </>
  );
}
