import { useTranslation } from 'react-i18next';
import type { Explanation } from './explain';
import { wordExplanation } from './wordExplanation';

/** How a date was read, sentence by sentence, in the interface language. */
export function ExplanationText({ explanation }: { readonly explanation: Explanation }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="author-explanation">
      {wordExplanation(explanation, t, i18n.language).map((sentence, i) => (
        <span key={i}>{sentence}</span>
      ))}
    </span>
  );
}
