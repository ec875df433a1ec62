import { useTranslation } from 'react-i18next';

interface TranslationNoticeProps {
  readonly kind: 'text' | 'translation';
  readonly wanted: string;
  readonly shown: string;
}

/** Says plainly that the bundle lacks the reader's language and what is shown instead. */
export function TranslationNotice({ kind, wanted, shown }: TranslationNoticeProps) {
  const { t } = useTranslation();
  return (
    <p className="notice notice-fallback">
      {kind === 'text' ? t('details.textFallback', { wanted, shown }) : t('details.translationFallback', { wanted, shown })}
    </p>
  );
}
