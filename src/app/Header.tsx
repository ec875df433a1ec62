import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, type UiLanguage } from '../i18n/languages';
import { BrandMark } from './BrandMark';
import { CalendarSwitch } from './CalendarSwitch';
import { CopyLink } from './CopyLink';
import { LanguageSwitcher } from './LanguageSwitcher';
import { OpenBundle } from './OpenBundle';
import type { Calendar } from './urlState';

interface HeaderProps {
  readonly title: string | undefined;
  readonly titleLanguage: string | undefined;
  readonly language: UiLanguage;
  readonly calendar: Calendar;
  readonly onLanguage: (language: UiLanguage) => void;
  readonly onCalendar: (calendar: Calendar) => void;
  readonly onOpenFile: (file: File) => void;
  /** Shown when another article than the embedded one is open. */
  readonly onBackToEmbedded: (() => void) | undefined;
  /** Opens the authoring view (absent while it is open). */
  readonly onNewArticle: (() => void) | undefined;
}

export function Header({
  title,
  titleLanguage,
  language,
  calendar,
  onLanguage,
  onCalendar,
  onOpenFile,
  onBackToEmbedded,
  onNewArticle,
}: HeaderProps) {
  const { t } = useTranslation();
  const nameShown = t('app.name') !== t('app.mark');
  // On a narrow screen the secondary actions fold behind one button, so the header keeps
  // to the name, the languages and the title; on a wide one they are always shown.
  const [actionsOpen, setActionsOpen] = useState(false);
  const actionsId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  return (
    <header className="app-header">
      <div className="brand">
        {/* The product's name in Arabic script is a logo, the same in every language. In Arabic
            the name is the mark itself, so it is written (and read out) once. */}
        <BrandMark label={nameShown ? undefined : t('app.mark')} />
        {nameShown && <span className="brand-name">{t('app.name')}</span>}
      </div>
      {title && (
        <h1 className="article-title" lang={titleLanguage} dir={titleLanguage && directionOf(titleLanguage)}>
          {title}
        </h1>
      )}
      <button
        ref={toggleRef}
        type="button"
        className="text-button actions-toggle"
        aria-expanded={actionsOpen}
        aria-controls={actionsId}
        onClick={() => setActionsOpen((open) => !open)}
      >
        {t('header.more')}
        <svg className="actions-chevron" viewBox="0 0 10 6" aria-hidden="true">
          <path d="M1 1l4 4 4-4" />
        </svg>
      </button>
      <div className="header-tools">
        {/* Escape folds the actions away again and returns to the button that opened them. */}
        {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- the keys come from the controls inside */}
        <div
          id={actionsId}
          className="header-actions"
          data-open={actionsOpen || undefined}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !actionsOpen) return;
            setActionsOpen(false);
            toggleRef.current?.focus();
          }}
        >
          {onBackToEmbedded && (
            <button type="button" className="text-button" onClick={onBackToEmbedded}>
              {t('header.embedded')}
            </button>
          )}
          {onNewArticle && (
            <button type="button" className="text-button" onClick={onNewArticle}>
              {t('header.newArticle')}
            </button>
          )}
          <OpenBundle onOpen={onOpenFile} />
          <CopyLink />
          <CalendarSwitch value={calendar} onChange={onCalendar} />
        </div>
        <LanguageSwitcher value={language} onChange={onLanguage} />
      </div>
    </header>
  );
}
