import { highlightSegments } from './highlight';

interface MarkedTextProps {
  readonly text: string;
  readonly phrases: readonly string[];
}

/** Text with its evidence phrases in <mark>; bundle text is only ever rendered as text. */
export function MarkedText({ text, phrases }: MarkedTextProps) {
  return (
    <>
      {highlightSegments(text, phrases).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
