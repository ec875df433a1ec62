import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundleText } from '../src/model/load';

// Vitest runs from the repository root; the CLI runs as `npm run extract` would run it.
const SEED = join(process.cwd(), 'eval/texts/00-seed-china-tajikistan.txt');
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

const run = (...args: string[]) =>
  spawnSync(TSX, ['scripts/extract.ts', ...args], { encoding: 'utf8' });

describe('npm run extract', { timeout: 30_000 }, () => {
  it('prints a bundle of the seed article that the loader accepts', () => {
    const out = execFileSync(TSX, ['scripts/extract.ts', SEED, '--dateline', '2021-09-07'], {
      encoding: 'utf8',
    });
    const result = loadBundleText(out);
    expect(result.ok ? result.article.events.length : result.problems).toBe(5);
  });

  it('words its titles and notes in the four interface languages, as the authoring view exports them', () => {
    const { stdout } = run(SEED, '--dateline', '2021-09-07');
    const bundle = JSON.parse(stdout) as {
      events: { title: Record<string, string>; note?: Record<string, string> }[];
    };
    for (const event of bundle.events) {
      expect(Object.keys(event.title).sort()).toEqual(['ar', 'en', 'ru', 'zh']);
      if (event.note) expect(Object.keys(event.note).sort()).toEqual(['ar', 'en', 'ru', 'zh']);
    }
    // The 30th anniversary and the origin counted back from it share a clause, not an Arabic title.
    const arabic = bundle.events.map((e) => e.title['ar']);
    expect(new Set(arabic).size).toBe(arabic.length);
    expect(arabic).toContain('منطلق الذكرى الـ30 (الجملة 2): 1992');
  });

  it('prints one TimeML-style JSON object per line with --format timex', () => {
    const { stdout, status } = run(SEED, '--dateline', '2021-09-07', '--format', 'timex');
    const first = JSON.parse(stdout.split('\n')[0] ?? '') as unknown;
    expect([status, first]).toEqual([
      0,
      { start: 97, end: 119, text: 'يوم الثلاثاء(7 سبتمبر)', type: 'date', value: '2021-09-07' },
    ]);
  });

  it('adds a translation with one line per sentence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zaman-extract-'));
    const article = join(dir, 'a.txt');
    const translation = join(dir, 'a.en.txt');
    writeFileSync(article, 'عنوان\nوصل الوفد أمس\n');
    writeFileSync(translation, 'Title\nThe delegation arrived yesterday\n');
    const { stdout, status } = run(
      article,
      '--dateline',
      '2021-09-07',
      '--translation',
      translation,
    );
    expect([status, (JSON.parse(stdout) as { translations: unknown }).translations]).toEqual([
      0,
      { en: { s1: 'Title', s2: 'The delegation arrived yesterday' } },
    ]);
  });

  it('says in one sentence that a file is missing, with exit code 2', () => {
    const { stderr, status, stdout } = run('no-such-file.txt', '--dateline', '2021-09-07');
    expect([status, stdout, stderr.trim()]).toEqual([
      2,
      '',
      'The article file no-such-file.txt does not exist.',
    ]);
  });

  it('refuses a dateline that is not a day, with exit code 2 and no stack trace', () => {
    const { stderr, status } = run(SEED, '--dateline', '2021-02-30');
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      'The dateline "2021-02-30" is not a day of that month.',
    ]);
  });

  it('asks for the dateline when it is missing', () => {
    const { stderr, status } = run(SEED);
    expect([
      status,
      stderr.startsWith("Give the article's date with --dateline YYYY-MM-DD."),
    ]).toEqual([2, true]);
  });
});
