import { useTranslation } from 'react-i18next';
import type { ArticleEvent } from '../model/article';
import { eventDate, eventTitle } from '../timeline/eventText';
import { fallbackAttributes } from '../i18n/localize';

interface EventLinkProps {
  readonly event: ArticleEvent;
  readonly href: string;
  readonly onSelect: (id: string) => void;
}

/** A link that selects an event: a real link (it opens in a new tab too) that selects in place when clicked. */
export function EventLink({ event, href, onSelect }: EventLinkProps) {
  const { i18n } = useTranslation();
  const title = eventTitle(event, i18n.language);
  return (
    <a
      className="event-link"
      href={href}
      data-link-event-id={event.id}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onSelect(event.id);
      }}
    >
      <span {...fallbackAttributes(title)}>{title.text}</span>
      <span className="event-link-date">{eventDate(event, i18n.language)}</span>
    </a>
  );
}
