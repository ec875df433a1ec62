/**
 * The authoring view's state, kept in localStorage on every change so a reload (or a closed
 * tab) loses nothing; "start over" clears it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ProposalEdit } from './edits';
import type { ArticleInput } from './propose';
import { clearWork, loadWork, saveWork } from './storage';
import { emptyWork, localDay, withEdit, withFound, withInput, type WorkInProgress } from './work';

/** Storage may be blocked outright (reading `localStorage` then throws). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const isEmpty = (work: WorkInProgress) => work.input.text === '' && work.found === undefined;

export interface WorkActions {
  readonly setInput: (change: Partial<ArticleInput>) => void;
  /** Finds the dates for the input; returns how many edits no longer had a proposal to go to. */
  readonly find: () => number;
  readonly edit: (id: string, change: ProposalEdit) => void;
  readonly startOver: () => void;
}

export function useWorkInProgress(): { work: WorkInProgress; restored: boolean; actions: WorkActions } {
  const [initial] = useState(() => {
    const stored = loadWork(storage());
    return { work: stored ?? emptyWork(localDay(new Date())), restored: stored !== undefined && !isEmpty(stored) };
  });
  const [work, setWork] = useState(initial.work);

  useEffect(() => {
    if (isEmpty(work)) clearWork(storage());
    else saveWork(storage(), work);
  }, [work]);

  const setInput = useCallback((change: Partial<ArticleInput>) => setWork((w) => withInput(w, change)), []);
  const find = useCallback(() => {
    const found = withFound(work);
    setWork(found.work);
    return found.dropped;
  }, [work]);
  const edit = useCallback((id: string, change: ProposalEdit) => setWork((w) => withEdit(w, id, change)), []);
  const startOver = useCallback(() => setWork(emptyWork(localDay(new Date()))), []);

  return { work, restored: initial.restored, actions: { setInput, find, edit, startOver } };
}
