/**
 * Scrolls an element into view inside its nearest scrolling panel, never the
 * page: selecting an event must not yank the reader's whole page away from the
 * timeline they are looking at.
 */
export function revealWithin(element: Element): void {
  let panel = element.parentElement;
  while (panel && panel !== document.body) {
    const { overflowY } = getComputedStyle(panel);
    if ((overflowY === 'auto' || overflowY === 'scroll') && panel.scrollHeight > panel.clientHeight) break;
    panel = panel.parentElement;
  }
  if (!panel || panel === document.body) return;
  const outer = panel.getBoundingClientRect();
  const inner = element.getBoundingClientRect();
  if (inner.top < outer.top) panel.scrollTop -= outer.top - inner.top + 8;
  else if (inner.bottom > outer.bottom) panel.scrollTop += Math.min(inner.bottom - outer.bottom + 8, inner.top - outer.top - 8);
}
