import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  readonly failed: boolean;
}

/** The last line of defence: a bug in a view shows a sentence and a reload button, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="error-screen" role="alert">
            <p>{t('error.crash')}</p>
            <button type="button" className="text-button" onClick={() => window.location.reload()}>
              {t('error.reload')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
