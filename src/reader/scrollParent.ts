/**
 * The element whose scrolling moves a reader's content: the nearest ancestor that
 * scrolls vertically (the side panel on wide screens), or the page itself (narrow
 * screens, where the reader is a tab of the page).
 */
export function scrollParent(element: Element): Element | Window {
  for (let panel = element.parentElement; panel && panel !== document.body; panel = panel.parentElement) {
    const { overflowY } = getComputedStyle(panel);
    if (overflowY === 'auto' || overflowY === 'scroll') return panel;
  }
  return window;
}

/** Where `element` starts within the scrolling content of `scroller`, in pixels. */
export function offsetWithin(element: Element, scroller: Element | Window): number {
  const top = element.getBoundingClientRect().top;
  if (scroller instanceof Element) return top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  return top + scroller.scrollY;
}
