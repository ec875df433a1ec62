import { useTranslation } from 'react-i18next';
import type { BundleProblem } from '../model/problems';
import type { BundleData } from '../model/schema';
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
            <li key={i} data-problem-code={problem.code}>
              {'event' in subject ? (
                <span className="problem-event">{t('author.preview.inEvent', { title: subject.event })}</span>
              ) : (
                <code className="problem-path" dir="ltr">
                  {subject.path || t('error.whole')}
                </code>
              )}
              <span className="problem-message">{t(`problem.${problem.code}`, { ...problem.params })}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
