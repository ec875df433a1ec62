/**
 * The windowed reader's code (TanStack Virtual) is only for long articles, so it is not
 * part of the first load's JS budget. A bundle from outside starts loading it while its
 * bytes download, and a long article is reported ready only once it is here: the
 * reader then draws its window at once, never a placeholder.
 */
import type * as WindowedModule from './WindowedSentences';
import { shouldWindow } from './windowing';

let loading: Promise<typeof WindowedModule> | undefined;
let loaded: typeof WindowedModule | undefined;

export function loadReaderWindow(): Promise<typeof WindowedModule> {
  loading ??= import('./WindowedSentences').then((module) => (loaded = module));
  return loading;
}

/** The windowed list, if its code is here. */
export function readerWindow(): typeof WindowedModule | undefined {
  return loaded;
}

/** Waits for the windowed reader's code when an article will need it. */
export async function readyToRead(sentenceCount: number): Promise<void> {
  if (shouldWindow(sentenceCount)) await loadReaderWindow();
}
