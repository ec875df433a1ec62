import type { LoadResult } from '../model/load';

export interface AuthorViewProps {
  /** Opens a finished bundle in the reading workspace. */
  readonly onOpen: (name: string, result: LoadResult) => void;
  readonly onClose: () => void;
}

/** Placeholder until the authoring view lands. */
export default function AuthorView(_props: AuthorViewProps) {
  return null;
}
