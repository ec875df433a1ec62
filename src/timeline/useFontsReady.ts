import { useEffect, useState } from 'react';
import { clearTextWidths } from './measureText';

/** A number that changes when web fonts finish loading, so text is measured again in the real font. */
export function useFontsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts) return;
    const bump = () => {
      clearTextWidths();
      setVersion((v) => v + 1);
    };
    fonts.addEventListener('loadingdone', bump);
    return () => fonts.removeEventListener('loadingdone', bump);
  }, []);
  return version;
}
