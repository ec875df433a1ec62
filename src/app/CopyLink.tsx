import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the address of exactly this view; says so where screen readers hear it. */
export function CopyLink() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      // Without clipboard access the address bar still holds the link.
      setCopied(false);
    }
  };
  return (
    <>
      <button type="button" className="text-button" onClick={() => void copy()}>
        {t('header.copyLink')}
      </button>
      <span className="visually-hidden" role="status">
        {copied ? t('header.linkCopied') : ''}
      </span>
    </>
  );
}
