import { useEffect, useState } from 'react';
import seedUrl from '../data/seed.bundle.json?url';
import type { Article } from '../model/article';
import type { LoadResult } from '../model/load';
import type { BundleProblem } from '../model/problems';
import { fetchBundle, fetchEmbedded, type BundleOrigin } from './bundleSource';

export type ArticleState =
  | { readonly status: 'loading'; readonly origin: BundleOrigin }
  | { readonly status: 'ready'; readonly article: Article; readonly origin: BundleOrigin }
  | {
      readonly status: 'error';
      readonly problems: readonly BundleProblem[];
      readonly origin: BundleOrigin;
    };

/** A bundle opened from disk, or made in the authoring view: its name and what loading it gave. */
export interface OpenedFile {
  readonly name: string;
  readonly result: LoadResult;
  readonly authored?: boolean;
}

const requests = new Map<string, Promise<LoadResult>>();
/** What each request gave, once it has: a first render after that shows it at once. */
const results = new Map<string, LoadResult>();

/**
 * Starts (or reuses) the fetch of a bundle. main.tsx calls it before the first
 * render so the data and the interface strings load in parallel.
 */
export function requestBundle(bundle: string | undefined): Promise<LoadResult> {
  const url = bundle ?? seedUrl;
  let request = requests.get(url);
  if (!request) {
    request = (bundle ? fetchBundle(bundle) : fetchEmbedded(seedUrl)).then((result) => {
      results.set(url, result);
      return result;
    });
    requests.set(url, request);
  }
  return request;
}

function originOf(bundle: string | undefined): BundleOrigin {
  return bundle ? { kind: 'url', url: bundle } : { kind: 'embedded' };
}

function settle(result: LoadResult, origin: BundleOrigin): ArticleState {
  return result.ok
    ? { status: 'ready', article: result.article, origin }
    : { status: 'error', problems: result.problems, origin };
}

interface Loaded {
  readonly key: string;
  /** What the request gave; none when it failed before giving anything. */
  readonly result?: LoadResult;
  readonly state: ArticleState;
}

/** The article to show: an opened file if there is one, else the ?bundle= address, else the embedded seed. */
export function useArticle(bundle: string | undefined, file: OpenedFile | undefined): ArticleState {
  const key = bundle ?? '';
  // A bundle that loaded before the first render (a large one is checked while the
  // interface's strings are still on their way) is shown at once: a render and a layout
  // of the loading state, thrown away in the next frame, cost ~25 ms at 10,000 events.
  const [loaded, setLoaded] = useState<Loaded | undefined>(() => {
    const result = results.get(bundle ?? seedUrl);
    return result && { key, result, state: settle(result, originOf(bundle)) };
  });
  useEffect(() => {
    if (file) return;
    let current = true;
    requestBundle(bundle).then(
      (result) =>
        current &&
        // What the first render already shows is not set again: that would render it all twice.
        setLoaded((shown) =>
          shown?.key === key && shown.result === result
            ? shown
            : { key, result, state: settle(result, originOf(bundle)) },
        ),
      (error: unknown) =>
        current &&
        setLoaded({
          key,
          state: {
            status: 'error',
            origin: originOf(bundle),
            problems: [{ path: '', code: 'fetch-failed', params: { detail: String(error) } }],
          },
        }),
    );
    return () => {
      current = false;
    };
  }, [bundle, key, file]);
  if (file) return settle(file.result, { kind: 'file', name: file.name, ...(file.authored && { authored: true }) });
  if (loaded?.key === key) return loaded.state;
  return { status: 'loading', origin: originOf(bundle) };
}
