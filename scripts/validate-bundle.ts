/**
 * Checks bundle files the way the app's loader does and prints every problem.
 * Usage: npm run validate -- FILE [FILE...]   (exit code 1 when any file has problems)
 */
import { readFileSync, statSync } from 'node:fs';
import { loadBundleText, tooLarge, MAX_BUNDLE_BYTES } from '../src/model/load';
import { describeProblem } from '../src/i18n/describeProblem';

let failed = false;
for (const file of process.argv.slice(2)) {
  const size = statSync(file).size;
  const result = size > MAX_BUNDLE_BYTES ? tooLarge(size) : loadBundleText(readFileSync(file, 'utf8'));
  if (result.ok) {
    const { article } = result;
    console.log(
      `${file}: valid — ${article.sentences.length} sentences, ${article.events.length} events, ` +
        `${article.relations.length} relations, translations: ${article.translationLanguages.join(', ') || 'none'}`,
    );
  } else {
    failed = true;
    console.log(`${file}: ${result.problems.length} problem(s)`);
    for (const p of result.problems) console.log(`  - ${describeProblem(p)}`);
  }
}
process.exit(failed ? 1 : 0);
