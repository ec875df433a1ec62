import { useEffect, useRef, type RefObject } from 'react';

/**
 * When what the page shows changes under the reader (another article, the authoring view and
 * back), they start at its top: the page scrolls up and, if the button they pressed went away
 * with the old view, focus moves to the main region, so the next Tab goes on from there
 * instead of from the start of the document.
 */
export function useFreshView(
  main: RefObject<HTMLElement | null>,
  view: { readonly mode: string | undefined; readonly bundle: string | undefined; readonly file: unknown },
) {
  const { mode, bundle, file } = view;
  // Compared with what was shown, not "skip the first run": StrictMode runs effects twice.
  const shown = useRef({ mode, bundle, file });
  useEffect(() => {
    const before = shown.current;
    if (before.mode === mode && before.bundle === bundle && before.file === file) return;
    shown.current = { mode, bundle, file };
    window.scrollTo(0, 0);
    const active = document.activeElement;
    if (!active || active === document.body) main.current?.focus({ preventScroll: true });
  }, [mode, bundle, file, main]);
}
