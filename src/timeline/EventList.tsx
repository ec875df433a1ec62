/**
 * The same events as a table in time order: date, title, category and how the
 * date is known. The view a screen-reader user or a reader who prefers text will
 * use. Rows are virtualized, so a bundle of 100,000 events scrolls like one of 30.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../model/article';
import type { CalendarId } from '../i18n/formatDate';
import { eventDate, eventTitle } from './eventText';
import { fallbackAttributes } from '../i18n/localize';

export interface EventListProps {
  readonly article: Article;
  readonly selectedId: string | undefined;
  readonly highlighted: ReadonlySet<string>;
  readonly calendar: CalendarId;
  readonly hrefFor: (id: string) => string;
  readonly onSelect: (id: string) => void;
}

/** A first guess at a row's height; rows are measured once drawn. */
const ROW_HEIGHT = 56;

export default function EventList({ article, selectedId, highlighted, calendar, hrefFor, onSelect }: EventListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const events = article.events;
  // Rows start below the caption and the header; the header is sticky, so a row scrolled
  // to must clear it. Both are measured once laid out.
  const [offsets, setOffsets] = useState({ margin: 0, header: 0 });
  useLayoutEffect(() => {
    const margin = bodyRef.current?.offsetTop ?? 0;
    const header = headRef.current?.offsetHeight ?? 0;
    setOffsets((old) => (old.margin === margin && old.header === header ? old : { margin, header }));
  }, [language]);
  // The app does not use the React Compiler; TanStack's functions are read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: offsets.margin,
    scrollPaddingStart: offsets.header,
    // Unit tests have no layout; render a first screenful there.
    initialRect: { width: 800, height: 600 },
  });

  const selectedIndex = selectedId ? (article.eventById.get(selectedId)?.order ?? -1) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? offsets.margin) - offsets.margin;
  const after = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? offsets.margin) - offsets.margin);

  return (
    <div className="event-list" ref={scrollRef} data-event-list="">
      <table>
        <caption>
          {t('list.heading')} <span className="event-list-count">{t('list.count', { count: events.length })}</span>
        </caption>
        <thead ref={headRef}>
          <tr>
            <th scope="col">{t('list.date')}</th>
            <th scope="col">{t('list.title')}</th>
            <th scope="col">{t('list.category')}</th>
            <th scope="col">{t('list.known')}</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
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
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-row-event-id={event.id}
                aria-current={event.id === selectedId ? 'true' : undefined}
                data-highlighted={highlighted.has(event.id) || undefined}
              >
                <td className="event-list-date">
                  {eventDate(event, language)}
                  {calendar !== 'gregory' && <span className="date-hijri">{eventDate(event, language, calendar)}</span>}
                </td>
                <td>
                  <a
                    href={hrefFor(event.id)}
                    {...fallbackAttributes(title)}
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
