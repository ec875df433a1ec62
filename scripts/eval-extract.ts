/**
 * Scores the extractor (src/extract) and chrono-node's Arabic locale on the gold set in eval/.
 *
 *   npm run eval:extract [-- --misses]
 *
 * Prints, per text and overall (micro-averaged): span precision, recall and F1 (strict and
 * overlapping), value accuracy on overlapping matches, and value F1. --misses also lists our
 * missed expressions, wrong values and extra finds. See eval/README.md for the rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chronoExpressions } from '../eval/chrono';
import { loadGold, type GoldText } from '../eval/gold';
import { count, scores, sum, type Counts, type Prf, type Span } from '../eval/score';
import { extractTemporalExpressions } from '../src/extract/extract';

interface Found extends Span {
  readonly text: string;
}

const SYSTEMS: readonly { name: string; run: (g: GoldText) => Found[] }[] = [
  { name: 'zaman', run: (g) => extractTemporalExpressions(g.text, g.dateline) },
  { name: 'chrono', run: (g) => chronoExpressions(g.text, g.dateline) },
];

const f2 = (n: number) => n.toFixed(2);
const prfCells = (p: Prf) => `${f2(p.precision)} ${f2(p.recall)} ${f2(p.f1)}`;

function row(label: string, split: string, system: string, c: Counts): string {
  const s = scores(c);
  return (
    `${label.padEnd(28)} ${split.padEnd(8)} ${system.padEnd(6)} ${String(c.gold).padStart(4)} ${String(c.predicted).padStart(5)} | ` +
    `${prfCells(s.strict)} | ${prfCells(s.overlap)} | ${f2(s.valueAccuracy)} | ${prfCells(s.value)}`
  );
}

function misses(g: GoldText, found: readonly Found[]): string[] {
  const lines: string[] = [];
  const overlapping = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  for (const a of g.annotations) {
    const hit = found.find((f) => overlapping(a, f));
    if (!hit) lines.push(`  missed   «${a.text}» ${a.value}`);
    else if (hit.value !== a.value)
      lines.push(`  value    «${hit.text}» ${hit.value}, gold «${a.text}» ${a.value}`);
    else if (hit.start !== a.start || hit.end !== a.end)
      lines.push(`  span     «${hit.text}», gold «${a.text}»`);
  }
  for (const f of found) {
    if (!g.annotations.some((a) => overlapping(a, f)))
      lines.push(`  extra    «${f.text}» ${f.value}`);
  }
  return lines;
}

/** chrono-node's exports map hides its package.json, so it is read next to the resolved entry point. */
function readChronoVersion(): string {
  const entry = createRequire(import.meta.url).resolve('chrono-node');
  const manifest = join(dirname(entry), '..', '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function main(): void {
  const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } } });
  const gold = loadGold();
  const chronoVersion = readChronoVersion();
  const total = gold.reduce((n, g) => n + g.annotations.length, 0);
  console.log(
    `Temporal expressions: zaman (src/extract) vs chrono-node ${chronoVersion} (ar, casual) on eval/gold — ${gold.length} texts, ${total} expressions\n`,
  );
  console.log(`${''.padEnd(51)}|  strict span   |  overlap span  | value|    value F1`);
  console.log(
    `${'text'.padEnd(28)} ${'split'.padEnd(8)} ${'system'.padEnd(6)} gold found |  P    R    F1  |  P    R    F1  |  acc |  P    R    F1`,
  );

  const perSystem = new Map<string, { split: string; counts: Counts }[]>();
  const report: string[] = [];
  for (const g of gold) {
    for (const system of SYSTEMS) {
      const found = system.run(g);
      const counts = count(g.annotations, found);
      perSystem.set(system.name, [
        ...(perSystem.get(system.name) ?? []),
        { split: g.split, counts },
      ]);
      console.log(
        row(
          system === SYSTEMS[0] ? g.name : '',
          system === SYSTEMS[0] ? g.split : '',
          system.name,
          counts,
        ),
      );
      if (values.misses && system === SYSTEMS[0]) {
        const lines = misses(g, found);
        if (lines.length > 0) report.push(`${g.name}:`, ...lines);
      }
    }
  }
  const splits = [...new Set(gold.map((g) => g.split))];
  for (const split of [...splits, 'all']) {
    for (const system of SYSTEMS) {
      const rows = (perSystem.get(system.name) ?? []).filter(
        (r) => split === 'all' || r.split === split,
      );
      console.log(
        row(
          system === SYSTEMS[0] ? `overall` : '',
          system === SYSTEMS[0] ? split : '',
          system.name,
          sum(rows.map((r) => r.counts)),
        ),
      );
    }
  }
  if (values.misses)
    console.log(report.length > 0 ? `\nOur errors:\n${report.join('\n')}` : '\nNo errors.');
}

main();
