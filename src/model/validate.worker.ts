/**
 * Checks a large bundle's shape off the main thread (JSON, schema), while the main thread
 * parses the same bytes, cross-checks and indexes them: loading runs on two cores at once.
 * Answers with the problems found (none: the shape is right; the cross-checks decide).
 */
import { checkBundleShape } from './load';
import type { BundleProblem } from './problems';

export interface ValidateRequest {
  readonly bytes: Uint8Array;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null;
  postMessage: (problems: readonly BundleProblem[]) => void;
};

scope.onmessage = (event) => {
  const { bytes } = event.data;
  scope.postMessage(checkBundleShape(new TextDecoder().decode(bytes), bytes.byteLength));
};
