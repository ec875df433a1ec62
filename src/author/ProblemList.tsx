import { useTranslation } from 'react-i18next';
import type { BundleProblem } from '../model/problems';
import type { BundleData } from '../model/schema';
import { ProblemItem } from '../app/ProblemItem';
import { problemSubject } from './problemSubject';

interface ProblemListProps {
  readonly problems: readonly BundleProblem[];
  readonly bundle: BundleData;
}

/** What keeps the draft from being a valid bundle, each problem named by the event it is in. */
export function ProblemList({ problems, bundle }: ProblemListProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="author-problems">
      <p>{t('author.preview.problems', { count: problems.length })}</p>
      <ol className="problems">
        {problems.map((problem, i) => {
          const subject = problemSubject(problem.path, bundle, i18n.language);
          return (
            <ProblemItem
              key={i}
              problem={problem}
              // An emptied Start field would be quoted as “”, not a date: say what is missing instead.
              message={
                problem.code === 'bad-date-form' && problem.params['value'] === '' ? t('author.field.startNeeded') : undefined
              }
              where={
                'event' in subject ? (
                  <span className="problem-event">{t('author.preview.inEvent', { title: subject.event })}</span>
                ) : undefined
              }
            />
          );
        })}
      </ol>
    </div>
  );
}
