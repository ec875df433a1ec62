import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkedText } from '../reader/MarkedText';
import { ExplanationText } from './ExplanationText';
import type { Draft } from './propose';

/** The article as Zaman split it into sentences, every expression of time it found marked (memoized: typing in the form leaves it be). */
export const FoundText = memo(function FoundText({ draft }: { readonly draft: Draft }) {
  const { t } = useTranslation();
  const heading = useId();
  return (
    <section className="panel author-found" aria-labelledby={heading}>
      <h3 id={heading} className="author-panel-heading">
        {t('author.text.heading')}
      </h3>
      <ol className="author-sentences" lang="ar" dir="rtl">
        {draft.bundle.sentences.map((sentence) => (
          <li key={sentence.id} data-headline={sentence.headline || undefined}>
            <MarkedText text={sentence.text} phrases={draft.phrases.get(sentence.id) ?? []} />
          </li>
        ))}
      </ol>
      {draft.unplaced.length > 0 && (
        <details className="author-unplaced">
          <summary>{t('author.text.unplaced', { count: draft.unplaced.length })}</summary>
          <ul>
            {draft.unplaced.map((item, i) => (
              <li key={i}>
                {/* The interface's quotation marks, around the Arabic words set apart in their own direction. */}
                <q>
                  <bdi lang="ar" dir="rtl">
                    {item.text}
                  </bdi>
                </q>
                <ExplanationText explanation={item.explanation} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
});
