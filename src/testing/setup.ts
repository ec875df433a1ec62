import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  if (typeof window !== 'undefined') window.localStorage.clear();
});

if (typeof window !== 'undefined') {
  /**
   * jsdom has no media queries; answer width queries from window.innerWidth (tests
   * set it to try narrow screens) and ask for reduced motion, so zooming is instant.
   */
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => {
      const width = window.innerWidth;
      const min = /min-width:\s*(\d+)px/.exec(query);
      const max = /max-width:\s*(\d+)px/.exec(query);
      const matches = query.includes('prefers-reduced-motion: reduce')
        ? true
        : min
          ? width >= Number(min[1])
          : max
            ? width <= Number(max[1])
            : false;
      return {
        matches,
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      };
    },
  });

  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: 1280 });
  if (!('scrollIntoView' in Element.prototype)) {
    Object.defineProperty(Element.prototype, 'scrollIntoView', { configurable: true, value: () => {} });
  }
}
