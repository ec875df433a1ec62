import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** "Start over", confirmed by a second button rather than a dialog; focus stays with the choice. */
export function StartOver({ onConfirm }: { readonly onConfirm: () => void }) {
  const { t } = useTranslation();
  const question = useId();
  const [asking, setAsking] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Set when the question closes, so focus returns to the button that opened it (and not on first render).
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  // Escape keeps working, as it would close a dialog.
  const escape = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  if (!asking) {
    return (
      <button ref={startRef} type="button" className="text-button" onClick={() => setAsking(true)}>
        {t('author.startOver.button')}
      </button>
    );
  }
  return (
    <div className="author-confirm" role="group" aria-labelledby={question}>
      <p id={question}>{t('author.startOver.question')}</p>
      <button
        type="button"
        className="text-button author-danger"
        onKeyDown={escape}
        onClick={() => {
          onConfirm();
          close();
        }}
      >
        {t('author.startOver.confirm')}
      </button>
      <button ref={cancelRef} type="button" className="text-button" onKeyDown={escape} onClick={close}>
        {t('author.startOver.cancel')}
      </button>
    </div>
  );
}
