import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleProblem } from '../model/problems';

interface ProblemItemProps {
  readonly problem: BundleProblem;
  /** Where the problem is, when there is a better name for it than its path in the file. */
  readonly where?: ReactNode;
}

/** One problem of a bundle: where it is (its path, or "the whole file") and what is wrong. */
export function ProblemItem({ problem, where }: ProblemItemProps) {
  const { t } = useTranslation();
  return (
    <li data-problem-code={problem.code}>
      {where ?? (
        <code className="problem-path" dir="ltr">
          {problem.path || t('error.whole')}
        </code>
      )}
      <span className="problem-message">{t(`problem.${problem.code}`, { ...problem.params })}</span>
    </li>
  );
}
