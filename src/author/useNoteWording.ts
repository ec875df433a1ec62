import { useEffect, useState } from 'react';
import { loadNoteWording, type NoteWording } from './noteWording';

/** The wording of exported notes, once every language's authoring strings are in. */
export function useNoteWording(): NoteWording | undefined {
  const [wording, setWording] = useState<{ readonly word: NoteWording }>();
  useEffect(() => {
    let current = true;
    // Until it loads (or if it cannot), notes stay in the extractor's English.
    loadNoteWording().then(
      (word) => current && setWording({ word }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return wording?.word;
}
