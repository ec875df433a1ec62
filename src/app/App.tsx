/**
 * The shell: reads the URL, loads the bundle, keeps the language and calendar in
 * step with the address bar, and shows the workspace, a progress line or the error
 * screen. Views below it never know where the article came from.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadResult } from '../model/load';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, type UiLanguage } from '../i18n/languages';
import { pickText } from '../i18n/localize';
import { readBundleFile } from './bundleSource';
import { ErrorScreen } from './ErrorScreen';
import { Header } from './Header';
import { saveCalendar, saveLanguage, savedCalendar } from './preferences';
import { useArticle, type OpenedFile } from './useArticle';
import { ANOTHER_ARTICLE, formatUrlState, type Calendar } from './urlState';
import { useFreshView } from './useFreshView';
import { useUrlState } from './useUrlState';
import { Workspace } from './Workspace';

const AuthorView = lazy(() => import('../author/AuthorView'));

export function App() {
  const { t, i18n } = useTranslation();
  const [url, navigate] = useUrlState();
  const [file, setFile] = useState<OpenedFile | undefined>(undefined);
  const state = useArticle(url.bundle, file);
  const language: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'en';
  const calendar: Calendar = url.calendar ?? savedCalendar();
  const main = useRef<HTMLElement>(null);
  useFreshView(main, { mode: url.mode, bundle: url.bundle, file });

  // The address bar always says which language is shown, so a copied link opens the same view.
  useEffect(() => {
    if (url.lang !== language) {
      if (url.lang) void i18n.changeLanguage(url.lang);
      else navigate({ lang: language }, { replace: true });
    }
  }, [url.lang, language, i18n, navigate]);

  const changeLanguage = useCallback(
    (next: UiLanguage) => {
      saveLanguage(next);
      navigate({ lang: next }, { replace: true });
    },
    [navigate],
  );
  const changeCalendar = useCallback(
    (next: Calendar) => {
      saveCalendar(next);
      navigate({ calendar: next }, { replace: true });
    },
    [navigate],
  );
  const openFile = useCallback(
    async (picked: File) => {
      const result = await readBundleFile(picked);
      setFile({ name: picked.name, result });
      navigate(ANOTHER_ARTICLE);
    },
    [navigate],
  );
  /** The authoring view hands over a finished bundle as if it were a file the reader opened. */
  const openAuthored = useCallback(
    (name: string, result: LoadResult) => {
      setFile({ name, result, authored: true });
      navigate({ ...ANOTHER_ARTICLE, mode: undefined });
    },
    [navigate],
  );
  const backToEmbedded = useCallback(() => {
    setFile(undefined);
    navigate(ANOTHER_ARTICLE);
  }, [navigate]);

  const article = state.status === 'ready' ? state.article : undefined;
  const title = useMemo(
    () =>
      article
        ? (pickText(article.data.article.title, language) ?? {
            text: article.sentences[0]?.text ?? '',
            language: article.language,
            fallback: true,
          })
        : undefined,
    [article, language],
  );
  useEffect(() => {
    const shown = url.mode === 'author' ? t('app.authorTitle') : title?.text;
    document.title = shown ? t('app.pageTitle', { title: shown }) : t('app.pageTitleBare');
  }, [title, t, url.mode]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header
        title={url.mode === 'author' ? t('app.authorTitle') : title?.text}
        titleLanguage={url.mode !== 'author' && title?.fallback ? title.language : undefined}
        language={language}
        calendar={calendar}
        onLanguage={changeLanguage}
        onCalendar={changeCalendar}
        onOpenFile={(picked) => void openFile(picked)}
        onBackToEmbedded={state.origin.kind === 'embedded' ? undefined : backToEmbedded}
        onNewArticle={url.mode === 'author' ? undefined : () => navigate({ mode: 'author' })}
      />
      <main className="app-main" id="main" tabIndex={-1} ref={main}>
        {url.mode === 'author' ? (
          <Suspense
            fallback={
              <p className="loading" role="status">
                {t('app.loadingAuthor')}
              </p>
            }
          >
            <AuthorView
              onOpen={openAuthored}
              onClose={() => navigate({ mode: undefined })}
              calendar={calendar === 'hijri' ? 'islamic-umalqura' : 'gregory'}
            />
          </Suspense>
        ) : (
          <>
            {state.origin.kind === 'file' && state.status === 'ready' && (
              <p className="notice" role="status">
                {state.origin.authored
                  ? t('notice.fromAuthoring')
                  : t('notice.fromFile', { name: state.origin.name })}
              </p>
            )}
            {state.status === 'loading' && (
              <p className="loading" role="status">
                {t('app.loading')}
              </p>
            )}
            {state.status === 'error' && (
              <ErrorScreen
                problems={state.problems}
                origin={state.origin}
                backHref={formatUrlState({ lang: language })}
                onBack={backToEmbedded}
              />
            )}
            {article && <Workspace article={article} url={url} navigate={navigate} />}
          </>
        )}
      </main>
    </div>
  );
}
