import { useTranslation } from 'react-i18next';
import type { Article, ArticleEvent } from '../model/article';
import type { RelationData } from '../model/schema';
import { EventLink } from './EventLink';

interface RelatedEventsProps {
  readonly event: ArticleEvent;
  readonly article: Article;
  readonly hrefFor: (id: string) => string;
  readonly onSelect: (id: string) => void;
}

/** The anniversary and its origin, what the event is part of or gives background to: each one click away. */
export function RelatedEvents({ event, article, hrefFor, onSelect }: RelatedEventsProps) {
  const { t } = useTranslation();
  const relations = article.relationsByEvent.get(event.id) ?? [];
  if (relations.length === 0) return null;
  return (
    <section className="details-section" aria-labelledby="related-heading">
      <h3 id="related-heading" className="subheading">
        {t('details.related')}
      </h3>
      <ul className="related">
        {relations.map((relation, i) => {
          const outgoing = relation.from === event.id;
          const other = article.eventById.get(outgoing ? relation.to : relation.from);
          if (!other) return null;
          return (
            <li key={i} data-relation={relation.type}>
              <span className="related-kind">{relationLabel(t, relation, outgoing)}</span>
              <EventLink event={other} href={hrefFor(other.id)} onSelect={onSelect} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function relationLabel(t: ReturnType<typeof useTranslation>['t'], relation: RelationData, outgoing: boolean): string {
  switch (relation.type) {
    case 'anniversary-of':
      return outgoing
        ? t('relation.anniversaryOfYears', { count: relation.years })
        : t('relation.hasAnniversary', { count: relation.years });
    case 'part-of':
      return outgoing ? t('relation.partOf') : t('relation.hasPart');
    case 'context':
      return outgoing ? t('relation.context') : t('relation.hasContext');
  }
}
