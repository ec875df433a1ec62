import { useEffect, useState } from 'react';
import { loadWordings, type Wordings } from './wordings';

/** Zaman's notes and titles in every language, once every language's authoring strings are in. */
export function useWordings(): Wordings | undefined {
  const [wordings, setWordings] = useState<Wordings>();
  useEffect(() => {
    let current = true;
    // Until they load (or if they cannot), notes and titles stay in the extractor's English.
    loadWordings().then(
      (loaded) => current && setWordings(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return wordings;
}
