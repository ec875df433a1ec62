import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleEvent } from '../model/article';
import { formatPartialDate } from '../i18n/formatDate';
import type { PartialDate } from '../model/dates';
import { fallbackAttributes, pickText } from '../i18n/localize';
import { eventTitle } from '../timeline/eventText';
import { relativeCount, type RelativeCount } from './groundingExplanation';

interface GroundingViewProps {
  readonly event: ArticleEvent;
  readonly article: Article;
}

/** "How the date is known", in plain words: stated, counted from a phrase (with the arithmetic), or background with references. */
export function GroundingView({ event, article }: GroundingViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const count = relativeCount(event, article);
  const note = pickText(event.data.note, language);
  const references = event.data.references ?? [];
  return (
    <div className="grounding" data-grounding={event.data.grounding.kind}>
      <p className="grounding-summary">
        {count ? relativeSentence(t, count, language) : t(`grounding.${event.data.grounding.kind}`)}
      </p>
      {note && (
        <p className="grounding-note" {...fallbackAttributes(note)}>
          {note.text}
        </p>
      )}
      {references.length > 0 && (
        <>
          <h4 className="subheading">{t('details.references')}</h4>
          <ul className="references">
            {references.map((reference) => (
              <li key={reference.url}>
                {/* References are in many languages (Persian, Russian, Chinese…): each sets its own direction. */}
                <a
                  href={reference.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  dir="auto"
                  lang={reference.titleLanguage}
                >
                  {reference.title}
                </a>
                {reference.quote && (
                  <q className="reference-quote" dir="auto" lang={reference.language}>
                    {reference.quote}
                  </q>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * "“next year” counted from the article's date, 7 September 2021: 2021 + 1 = 2022"; back in
 * time with a minus and the count's own plural («شهر واحد», not the form −1 would pick); and
 * "the same year" when nothing is counted. Years are written as digits without grouping.
 */
function relativeSentence(t: TFunction, count: RelativeCount, language: string): string {
  const gloss = count.gloss?.[language] ?? count.phrase;
  const anchor = formatPartialDate(count.anchor, language);
  const back = count.amount < 0;
  const n = Math.abs(count.amount);
  const year = (d: PartialDate) => String(d.year);
  const to = count.unit === 'years' ? year(count.result) : formatPartialDate(count.result, language);
  const sign = back ? '−' : '+';
  let arithmetic: string;
  if (n === 0) {
    arithmetic =
      count.unit === 'years'
        ? t('grounding.arithmeticSameYear', { to })
        : count.unit === 'months'
          ? t('grounding.arithmeticSameMonth', { to })
          : t('grounding.arithmeticSameDay');
  } else if (count.unit === 'years') {
    arithmetic = t('grounding.arithmeticYears', { from: year(count.anchor), sign, count: n, to });
  } else {
    const key = count.unit === 'months' ? 'grounding.arithmeticMonths' : 'grounding.arithmeticDays';
    arithmetic = t(key, { from: anchor, sign, count: n, to });
  }
  return count.anchorEvent
    ? t('grounding.relativeFromEvent', { gloss, event: eventTitle(count.anchorEvent, language).text, anchor, arithmetic })
    : t('grounding.relativeFromDateline', { gloss, anchor, arithmetic });
}
