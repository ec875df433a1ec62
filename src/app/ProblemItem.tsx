import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../i18n/isolate';
import type { BundleProblem } from '../model/problems';

interface ProblemItemProps {
  readonly problem: BundleProblem;
  /** Where the problem is, when there is a better name for it than its path in the file. */
  readonly where?: ReactNode;
  /** What is wrong, when the context can say it better than the problem's code. */
  readonly message?: string | undefined;
}

/** One problem of a bundle: where it is (its path, or "the whole file") and what is wrong. */
export function ProblemItem({ problem, where, message }: ProblemItemProps) {
  const { t } = useTranslation();
  return (
    <li data-problem-code={problem.code}>
      {where ??
        (problem.path ? (
          <code className="problem-path" dir="ltr">
            {problem.path}
          </code>
        ) : (
          // Words, not a path: in the interface's direction and type (Arabic set in a
          // monospace face falls apart).
          <span className="problem-path">{t('error.whole')}</span>
        ))}
      <span className="problem-message">{message ?? t(`problem.${problem.code}`, isolated(problem.params))}</span>
    </li>
  );
}

/**
 * The problem's values set apart from the sentence around them: an address or a quoted
 * value keeps its own direction inside an Arabic message ("/a.json", not "a.json/").
 */
function isolated(params: BundleProblem['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' ? isolate(value) : value;
  }
  return out;
}
