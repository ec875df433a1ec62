import { useCallback, useSyncExternalStore } from 'react';
import { formatUrlState, parseUrlState, type UrlState } from './urlState';

const CHANGE = 'zaman:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const getSearch = () => window.location.search;

export type Navigate = (change: Partial<UrlState>, options?: { replace?: boolean }) => void;

/**
 * The URL as state: selections push history entries (back and forward move through
 * them); settings such as the language replace the current entry.
 */
export function useUrlState(): [UrlState, Navigate] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const navigate = useCallback<Navigate>((change, options) => {
    const next = formatUrlState({ ...parseUrlState(window.location.search), ...change });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (options?.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  // Parsing is cheap and the string is stable between changes, so no memo is needed.
  return [parseUrlState(search), navigate];
}
