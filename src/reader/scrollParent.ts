/**
 * The element whose scrolling moves a reader's content: the nearest ancestor that
 * scrolls vertically (the side panel on wide screens), or, with `overflowing`, the
 * nearest that also has more content than it shows. The page itself is never one.
 */
export function scrollPanel(element: Element, { overflowing = false } = {}): Element | undefined {
  for (let panel = element.parentElement; panel && panel !== document.body; panel = panel.parentElement) {
    const { overflowY } = getComputedStyle(panel);
    const scrolls = overflowY === 'auto' || overflowY === 'scroll';
    if (scrolls && (!overflowing || panel.scrollHeight > panel.clientHeight)) return panel;
  }
  return undefined;
}

/** The panel that scrolls `element`, or the page (narrow screens, where the reader is a tab of it). */
export function scrollParent(element: Element): Element | Window {
  return scrollPanel(element) ?? window;
}

/** Where `element` starts within the scrolling content of `scroller`, in pixels. */
export function offsetWithin(element: Element, scroller: Element | Window): number {
  const top = element.getBoundingClientRect().top;
  if (scroller instanceof Element) return top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  return top + scroller.scrollY;
}
