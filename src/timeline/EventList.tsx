/**
 * The same events as a table in time order: date, title, category and how the
 * date is known. The view a screen-reader user or a reader who prefers text will
 * use. Rows are virtualized, so a bundle of 100,000 events scrolls like one of 30.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../model/article';
import type { CalendarId } from '../i18n/formatDate';
import { eventDate, eventTitle } from './eventText';

export interface EventListProps {
  readonly article: Article;
  readonly selectedId: string | undefined;
  readonly highlighted: ReadonlySet<string>;
  readonly calendar: CalendarId;
  readonly hrefFor: (id: string) => string;
  readonly onSelect: (id: string) => void;
}

const ROW_HEIGHT = 44;

export default function EventList({ article, selectedId, highlighted, calendar, hrefFor, onSelect }: EventListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const scrollRef = useRef<HTMLDivElement>(null);
  const events = article.events;
  // The app does not use the React Compiler; TanStack's functions are read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Unit tests have no layout; render a first screenful there.
    initialRect: { width: 800, height: 600 },
  });

  const selectedIndex = selectedId ? (article.eventById.get(selectedId)?.order ?? -1) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="event-list" ref={scrollRef} data-event-list="">
      <table>
        <caption>
          {t('list.heading')} <span className="event-list-count">{t('list.count', { count: events.length })}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('list.date')}</th>
            <th scope="col">{t('list.title')}</th>
            <th scope="col">{t('list.category')}</th>
            <th scope="col">{t('list.known')}</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" style={{ blockSize: before }}>
              <td colSpan={4} />
            </tr>
          )}
          {items.map((item) => {
            const event = events[item.index];
            if (!event) return null;
            const title = eventTitle(event, language);
            return (
              <tr
                key={event.id}
                data-row-event-id={event.id}
                aria-current={event.id === selectedId ? 'true' : undefined}
                data-highlighted={highlighted.has(event.id) || undefined}
                style={{ blockSize: ROW_HEIGHT }}
              >
                <td className="event-list-date">
                  {eventDate(event, language)}
                  {calendar !== 'gregory' && <span className="date-hijri">{eventDate(event, language, calendar)}</span>}
                </td>
                <td>
                  <a
                    href={hrefFor(event.id)}
                    lang={title.fallback ? title.language : undefined}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      onSelect(event.id);
                    }}
                  >
                    {title.text}
                  </a>
                </td>
                <td>{t(`category.${event.category}`)}</td>
                <td>{t(`grounding.${event.data.grounding.kind}`)}</td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" style={{ blockSize: after }}>
              <td colSpan={4} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
