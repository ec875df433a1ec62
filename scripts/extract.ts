/**
 * Extracts the temporal expressions of an Arabic article and prints a draft bundle or TimeML-style lines.
 *
 *   npm run extract -- FILE --dateline YYYY-MM-DD [--format bundle|timex] [--translation FILE] [--id ID]
 *
 * --format bundle (default): a bundle (JSON) that passes the app's loader; the sentences are the
 *   file's lines (the first is the headline), one event per dated expression.
 * --format timex: one JSON object per line: {"start", "end", "text", "type", "value"}.
 * --translation FILE: English, one line per sentence, added as translations.en.
 * The bundle is the one the authoring view exports when every proposal is kept: titles and
 * notes in the four interface languages (Arabic titles are the clause around each date).
 * Exit codes: 0 done, 1 the bundle failed its own validation (a bug), 2 bad usage or input.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { propose } from '../src/author/propose';
import { assembleBundle, resolveProposals } from '../src/author/resolve';
import { loadWordings } from '../src/author/wordings';
import { parseDateline } from '../src/extract/calendar';
import { extractTemporalExpressions } from '../src/extract/extract';
import { toBundle } from '../src/extract/toBundle';
import { describeProblem } from '../src/i18n/describeProblem';
import { loadBundleText } from '../src/model/load';

const USAGE =
  'Usage: npm run extract -- FILE --dateline YYYY-MM-DD [--format bundle|timex] [--translation FILE] [--id ID]';

/** What the bundle schema accepts as an id (src/model/schema.ts). */
const BUNDLE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/u;

class UsageError extends Error {}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new UsageError(`The ${what} ${path} does not exist.`);
  if (!statSync(path).isFile()) throw new UsageError(`The ${what} ${path} is not a file.`);
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') throw new UsageError(`The ${what} ${path} is empty.`);
  return text;
}

/** A bundle id from a file name: "000_d9a0021cd5b0ad22.txt" → "000_d9a0021cd5b0ad22". */
function idFromFile(path: string): string {
  const id = basename(path)
    .replace(/\.[^.]*$/u, '')
    .replace(/[^A-Za-z0-9._:-]+/gu, '-')
    .replace(/^[^A-Za-z0-9]+/u, '');
  return id.slice(0, 128) || 'extracted';
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dateline: { type: 'string' },
        format: { type: 'string', default: 'bundle' },
        translation: { type: 'string' },
        id: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util's own message runs to several sentences; name the option and point to --help.
    const option = error instanceof Error ? /'([^']+)'/u.exec(error.message)?.[1] : undefined;
    throw new UsageError(
      option
        ? `Unknown option ${option} (see --help).`
        : `The arguments are not valid (see --help).`,
    );
  }

  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('Give exactly one article file (see --help).');
  const file = positionals[0] ?? '';
  if (values.dateline === undefined)
    throw new UsageError("Give the article's date with --dateline YYYY-MM-DD.");
  const dateline = parseDateline(values.dateline);
  if ('error' in dateline) throw new UsageError(`The dateline ${dateline.error}.`);
  if (values.format !== 'bundle' && values.format !== 'timex') {
    throw new UsageError(`--format must be "bundle" or "timex", not "${values.format}".`);
  }
  if (values.id !== undefined && !BUNDLE_ID.test(values.id)) {
    throw new UsageError(
      `--id must be letters, digits and . _ : - (at most 128), not "${values.id}".`,
    );
  }
  const text = readText(file, 'article file');

  if (values.format === 'timex') {
    if (values.translation !== undefined)
      throw new UsageError('--translation only applies to --format bundle.');
    for (const e of extractTemporalExpressions(text, values.dateline)) {
      console.log(
        JSON.stringify({ start: e.start, end: e.end, text: e.text, type: e.type, value: e.value }),
      );
    }
    return 0;
  }

  const translation =
    values.translation === undefined ? undefined : readText(values.translation, 'translation file');
  const id = values.id ?? idFromFile(file);
  // The authoring view's proposals, all kept, worded in every interface language.
  const draft = propose({ text, dateline: values.dateline, translation: translation ?? '', translationLanguage: 'en' });
  let bundle;
  if (draft.ok) {
    const wordings = await loadWordings();
    const kept = resolveProposals(draft.draft, {}, wordings.title);
    bundle = { ...assembleBundle(draft.draft, kept, wordings.note), id };
  } else {
    // Input the authoring view refuses: toBundle says why in English, or (a text without Arabic,
    // a dateline in another millennium) still makes its plain bundle, as the command always has.
    try {
      bundle = toBundle(text, values.dateline, {
        id,
        ...(translation !== undefined && {
          translations: { en: translation.replace(/\s+$/u, '').split(/\r?\n/u) },
        }),
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  }
  const json = JSON.stringify(bundle, null, 2);
  const check = loadBundleText(json);
  if (!check.ok) {
    console.error(
      `The extracted bundle does not pass the loader (a bug in the extractor): ${check.problems.map(describeProblem).join('; ')}`,
    );
    return 1;
  }
  console.log(json);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  },
);
