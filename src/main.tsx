import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { initialLanguage, savedLanguage } from './app/preferences';
import { requestBundle } from './app/useArticle';
import { formatUrlState, parseUrlState } from './app/urlState';
import { initI18n } from './i18n/setup';
import { warmArabicFont } from './app/warmArabicFont';

const search = window.location.search;
const url = parseUrlState(search);
const language = initialLanguage(search, savedLanguage(), navigator.languages);
// The interface strings are asked for first: a large bundle's parse, once its bytes are in,
// holds the main thread, and would hold back their request too. Both then load in parallel.
const strings = initI18n(language);
void requestBundle(url.bundle);
// The address bar names the language from the start (App keeps it so), rather than from an
// effect after the first render, which would render the whole view a second time.
const canonical = formatUrlState({ ...url, lang: language });
if (canonical !== search) {
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${canonical}${window.location.hash}`,
  );
}
await strings;

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
