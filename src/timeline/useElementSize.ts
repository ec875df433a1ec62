import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The element's content size, kept current with a ResizeObserver. Undefined until it has
 * been measured (in the layout effect after the first render, before anything is painted),
 * so that costly work is not done first for a guessed size and then again for the real
 * one. Without a ResizeObserver (unit tests) the fallback stands in from the start.
 * With `tracks: 'width'`, a change of height alone is not news (an element whose height
 * follows its content would otherwise be rendered again after every layout of it): its
 * height is then the one measured with its latest width.
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  tracks: 'width' | 'both' = 'both',
  fallback: Size = { width: 960, height: 560 },
): Size | undefined {
  const [size, setSize] = useState<Size | undefined>(() =>
    typeof ResizeObserver === 'function' ? undefined : fallback,
  );
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const measure = () => {
      const width = Math.round(element.clientWidth);
      const height = Math.round(element.clientHeight);
      if (width <= 0) return;
      setSize((old) =>
        old?.width === width && (old.height === height || tracks === 'width')
          ? old
          : { width, height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, tracks]);
  return size;
}
