import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../i18n/formatters';

interface TranslationPickerProps {
  readonly languages: readonly string[];
  readonly value: string | undefined;
  readonly onChange: (language: string) => void;
}

/** Which translation sits beside the Arabic, for readers of the Arabic interface. */
export function TranslationPicker({ languages, value, onChange }: TranslationPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  if (languages.length === 0) return null;
  return (
    <span className="translation-picker">
      <label htmlFor={id}>{t('details.translationIn')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {languages.map((language) => (
          <option key={language} value={language}>
            {languageName(language, i18n.language)}
          </option>
        ))}
      </select>
    </span>
  );
}
