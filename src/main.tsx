import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { initialLanguage, savedLanguage } from './app/preferences';
import { requestBundle } from './app/useArticle';
import { parseUrlState } from './app/urlState';
import { initI18n } from './i18n/setup';
import { warmArabicFont } from './app/warmArabicFont';

const search = window.location.search;
// The bundle and the interface strings load in parallel.
void requestBundle(parseUrlState(search).bundle);
await initI18n(initialLanguage(search, savedLanguage(), navigator.languages));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
  warmArabicFont();
}
