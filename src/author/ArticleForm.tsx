import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../i18n/formatters';
import { directionOf } from '../i18n/languages';
import { DATELINE_RANGE, TRANSLATION_LANGUAGES, type ArticleInput, type ProposeError, type TranslationLanguage } from './propose';

interface ArticleFormProps {
  readonly input: ArticleInput;
  readonly error: ProposeError | undefined;
  readonly onChange: (change: Partial<ArticleInput>) => void;
  readonly onFind: () => void;
}

/** The article to read: its Arabic text, its date, and optionally a translation. */
export function ArticleForm({ input, error, onChange, onFind }: ArticleFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const ids = {
    heading: `${id}-heading`,
    text: `${id}-text`,
    textHint: `${id}-text-hint`,
    dateline: `${id}-dateline`,
    datelineHint: `${id}-dateline-hint`,
    language: `${id}-language`,
    translation: `${id}-translation`,
    translationHint: `${id}-translation-hint`,
    error: `${id}-error`,
  };
  // The field the error is about points to it, so a screen reader reads it with the field.
  const describedBy = (hint: string, ...codes: ProposeError['code'][]) =>
    error && codes.includes(error.code) ? `${hint} ${ids.error}` : hint;
  const textInvalid = error?.code === 'empty-text' || error?.code === 'not-arabic';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onFind();
  };

  return (
    <form className="panel author-form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <h3 id={ids.heading} className="author-panel-heading">
        {t('author.input.heading')}
      </h3>
      <div className="author-field">
        <label htmlFor={ids.text}>{t('author.input.text')}</label>
        <p id={ids.textHint} className="author-hint">
          {t('author.input.textHint')}
        </p>
        <textarea
          id={ids.text}
          className="author-textarea"
          lang="ar"
          dir="rtl"
          rows={10}
          value={input.text}
          aria-describedby={describedBy(ids.textHint, 'empty-text', 'not-arabic')}
          aria-invalid={textInvalid || undefined}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </div>
      <div className="author-field">
        <label htmlFor={ids.dateline}>{t('author.input.dateline')}</label>
        <p id={ids.datelineHint} className="author-hint">
          {t('author.input.datelineHint')}
        </p>
        <input
          id={ids.dateline}
          className="author-input author-date"
          type="date"
          value={input.dateline}
          min={DATELINE_RANGE.min}
          max={DATELINE_RANGE.max}
          aria-describedby={describedBy(ids.datelineHint, 'bad-dateline', 'far-dateline')}
          aria-invalid={error?.code === 'bad-dateline' || error?.code === 'far-dateline' || undefined}
          onChange={(e) => onChange({ dateline: e.target.value })}
        />
      </div>
      <fieldset className="author-field author-translation">
        <legend>{t('author.input.translation')}</legend>
        <div className="author-inline-field">
          <label htmlFor={ids.language}>{t('author.input.translationLanguage')}</label>
          <select
            id={ids.language}
            className="author-select"
            value={input.translationLanguage}
            onChange={(e) => onChange({ translationLanguage: e.target.value as TranslationLanguage })}
          >
            {TRANSLATION_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <label htmlFor={ids.translation}>{t('author.input.translationText')}</label>
        <p id={ids.translationHint} className="author-hint">
          {t('author.input.translationHint')}
        </p>
        <textarea
          id={ids.translation}
          className="author-textarea"
          lang={input.translationLanguage}
          dir={directionOf(input.translationLanguage)}
          rows={5}
          value={input.translation}
          aria-describedby={describedBy(ids.translationHint, 'translation-lines')}
          aria-invalid={error?.code === 'translation-lines' || undefined}
          onChange={(e) => onChange({ translation: e.target.value })}
        />
      </fieldset>
      {error && (
        <p id={ids.error} className="author-error" role="alert">
          {error.code === 'translation-lines'
            ? t('author.error.translation-lines', { count: error.sentences, lines: error.lines })
            : error.code === 'far-dateline'
              ? t('author.error.far-dateline', { min: DATELINE_RANGE.min.slice(0, 4), max: DATELINE_RANGE.max.slice(0, 4) })
              : t(`author.error.${error.code}`)}
        </p>
      )}
      <div className="author-actions">
        <button type="submit" className="text-button author-primary">
          {t('author.input.find')}
        </button>
      </div>
    </form>
  );
}
