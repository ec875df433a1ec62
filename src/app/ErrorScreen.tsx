import { useTranslation } from 'react-i18next';
import { isolate } from '../i18n/isolate';
import { useStringPart } from '../i18n/parts';
import type { BundleProblem } from '../model/problems';
import type { BundleOrigin } from './bundleSource';
import { ProblemItem } from './ProblemItem';

interface ErrorScreenProps {
  readonly problems: readonly BundleProblem[];
  readonly origin: BundleOrigin;
  readonly backHref: string;
  readonly onBack: () => void;
}

/** Every problem with a bundle, each with where it is and what is wrong, and a way back to the embedded article. */
export function ErrorScreen({ problems, origin, backHref, onBack }: ErrorScreenProps) {
  const { t } = useTranslation();
  const ready = useStringPart('problems');
  const source =
    origin.kind === 'embedded' ? t('error.sourceEmbedded') : origin.kind === 'url' ? origin.url : origin.name;
  return (
    <section className="error-screen" aria-labelledby="error-heading">
      <h2 id="error-heading">{t('error.heading')}</h2>
      <p className="error-source">{t('error.source', { source: isolate(source) })}</p>
      <p>{t('error.intro', { count: problems.length })}</p>
      {/* The list waits for its wording: rendered before, its items would hold bare keys. */}
      {ready ? (
        <ol className="problems">
          {problems.map((problem, i) => (
            <ProblemItem key={i} problem={problem} />
          ))}
        </ol>
      ) : (
        <p className="loading" role="status">
          {t('error.loadingProblems')}
        </p>
      )}
      <p>
        <a
          className="button-link"
          href={backHref}
          onClick={(e) => {
            e.preventDefault();
            onBack();
          }}
        >
          {t('error.back')}
        </a>
      </p>
    </section>
  );
}
