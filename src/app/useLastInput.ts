import { useEffect, useRef, type RefObject } from 'react';

export type InputKind = 'pointer' | 'keyboard';

/** How the reader last acted on the page: a finger or a pointer, or the keyboard. */
export function useLastInput(): RefObject<InputKind | undefined> {
  const last = useRef<InputKind | undefined>(undefined);
  useEffect(() => {
    const pointer = () => {
      last.current = 'pointer';
    };
    const keyboard = () => {
      last.current = 'keyboard';
    };
    document.addEventListener('pointerdown', pointer, true);
    document.addEventListener('keydown', keyboard, true);
    return () => {
      document.removeEventListener('pointerdown', pointer, true);
      document.removeEventListener('keydown', keyboard, true);
    };
  }, []);
  return last;
}
