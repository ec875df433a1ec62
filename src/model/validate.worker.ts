/**
 * Validates a large bundle off the main thread, while the main thread parses and
 * indexes the same bytes: the two halves of loading run on two cores at once.
 * Answers with the problems found (none: the bundle is valid).
 */
import { checkBundleText } from './load';
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
  const result = checkBundleText(new TextDecoder().decode(bytes), bytes.byteLength);
  scope.postMessage(result.ok ? [] : result.problems);
};
