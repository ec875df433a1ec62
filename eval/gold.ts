/**
 * The gold set on disk: eval/gold/NAME.json pointing at eval/texts/NAME.txt.
 * Loading checks every annotation's offsets against the text, so a wrong span fails loudly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Annotation {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

export interface GoldText {
  readonly name: string;
  readonly text: string;
  readonly dateline: string;
  /** "dev" texts were seen while building the extractor; "held-out" ones only at the end. */
  readonly split: 'dev' | 'held-out';
  readonly annotations: readonly Annotation[];
}

/**
 * Every gold text, by name; throws with the file and annotation when a span does not match its text.
 * `dir` defaults to this folder (tests, whose module URLs are not files, pass it).
 */
export function loadGold(dir: string = fileURLToPath(new URL('.', import.meta.url))): GoldText[] {
  const goldDir = join(dir, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as Omit<
        GoldText,
        'name'
      > & { text: string };
      const text = readFileSync(join(dir, data.text), 'utf8');
      const name = file.replace(/\.json$/u, '');
      const problems = spanProblems(text, data.annotations);
      if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
      return {
        name,
        text,
        dateline: data.dateline,
        split: data.split,
        annotations: data.annotations,
      };
    });
}

/** Annotations whose offsets do not cut out their own text, or that overlap or are out of order. */
export function spanProblems(text: string, annotations: readonly Annotation[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const a of annotations) {
    const slice = text.slice(a.start, a.end);
    if (slice !== a.text) problems.push(`[${a.start}, ${a.end}) is «${slice}», not «${a.text}»`);
    if (a.start < previousEnd)
      problems.push(`«${a.text}» at ${a.start} overlaps or precedes the annotation before it`);
    previousEnd = a.end;
  }
  return problems;
}
