import { useTranslation } from 'react-i18next';
import { LANGUAGES, UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { prefetchLanguage } from '../i18n/setup';

interface LanguageSwitcherProps {
  readonly value: UiLanguage;
  readonly onChange: (language: UiLanguage) => void;
}

/**
 * Every interface language by its own name, always visible. Each name carries its
 * own lang, so a screen reader pronounces "العربية" in Arabic even in the English UI.
 * Hovering or focusing a language starts loading its strings, so the switch is instant.
 */
export function LanguageSwitcher({ value, onChange }: LanguageSwitcherProps) {
  const { t } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('header.language')} data-language-switcher="">
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir={LANGUAGES[language].dir}
          aria-pressed={language === value}
          onPointerEnter={() => prefetchLanguage(language)}
          onFocus={() => prefetchLanguage(language)}
          onClick={() => onChange(language)}
        >
          {LANGUAGES[language].endonym}
        </button>
      ))}
    </div>
  );
}
