/** A block's place in the plot as logical CSS, so right-to-left mirrors it by construction. */
export interface BlockPosition {
  readonly insetInlineStart: number;
  readonly insetBlockStart: number;
  readonly inlineSize?: number;
  readonly blockSize?: number;
}
