/**
 * The performance mark set once per page when the timeline's first full drawing is on
 * screen: benchmarks time it, and work that must not delay the first view waits for it.
 */
export const TIMELINE_DRAWN = 'timeline-drawn';
