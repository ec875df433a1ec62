import type { CSSProperties, ReactNode } from 'react';

interface AnchorProps {
  readonly className: string;
  readonly style: CSSProperties;
  readonly title?: string | undefined;
  readonly children: ReactNode;
  /** Hidden from assistive technology (labels whose content is said elsewhere). */
  readonly hidden?: boolean | undefined;
}

/**
 * A zero-width point that centres its content on itself. Placed with
 * inset-inline-start, it centres a label on a position in either direction
 * without a direction-specific translate.
 */
export function Anchor({ className, style, title, children, hidden }: AnchorProps) {
  return (
    <span className="tl-anchor" style={style} aria-hidden={hidden}>
      <span className={className} title={title}>
        {children}
      </span>
    </span>
  );
}
