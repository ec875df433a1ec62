/**
 * Text set apart from the direction of what surrounds it (Unicode's first-strong isolate,
 * the plain-text form of <bdi>): a Latin name before an Arabic date would otherwise take
 * the date's digits into its own left-to-right run. For values interpolated into a
 * string, where an element cannot go without <Trans> (too heavy for the first load).
 */
export function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}
