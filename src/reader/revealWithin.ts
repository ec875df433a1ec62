import { scrollPanel } from './scrollParent';

/**
 * Scrolls an element into view inside its nearest scrolling panel, never the
 * page: selecting an event must not yank the reader's whole page away from the
 * timeline they are looking at.
 */
export function revealWithin(element: Element): void {
  const panel = scrollPanel(element, { overflowing: true });
  if (!panel) return;
  const outer = panel.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  if (inner.top < outer.top) panel.scrollTop -= outer.top - inner.top + 8;
  else if (inner.bottom > outer.bottom) panel.scrollTop += Math.min(inner.bottom - outer.bottom + 8, inner.top - outer.top - 8);
}
