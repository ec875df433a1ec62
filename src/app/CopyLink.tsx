import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Outcome = 'copied' | 'failed';

/**
 * Copies the address of exactly this view, and says so where everyone sees it (a note under
 * the button, which takes no room from the header) and where screen readers hear it; when the
 * browser refuses the clipboard, it says where the link is instead.
 */
export function CopyLink() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  useEffect(() => {
    if (!outcome) return;
    const timer = window.setTimeout(() => setOutcome(undefined), outcome === 'copied' ? 2500 : 6000);
    return () => window.clearTimeout(timer);
  }, [outcome]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  const message = outcome === 'copied' ? t('header.linkCopied') : outcome === 'failed' ? t('header.linkNotCopied') : '';
  return (
    <span className="copy-link">
      <button type="button" className="text-button" onClick={() => void copy()}>
        {t('header.copyLink')}
      </button>
      <span className="copy-link-note" role="status" data-outcome={outcome}>
        {message}
      </span>
    </span>
  );
}
