// @vitest-environment node
/**
 * The locale files are complete and used: every key of en.json is in every
 * language with that language's plural forms, nothing is empty, placeholders
 * match, and every key is used by the code (statically, or under a prefix the
 * code builds keys from). Literal text in components is caught by ESLint
 * (react/jsx-no-literals).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from './languages';

type Tree = { [key: string]: string | Tree };
const root = resolve(process.cwd(), 'src');
/** A language's strings: the reading view's file and its parts (author, problems). */
const PARTS = ['', '.author', '.problems'];
const read = (language: string): Tree =>
  Object.assign(
    {},
    ...PARTS.map(
      (part) => JSON.parse(readFileSync(join(root, 'i18n/locales', `${language}${part}.json`), 'utf8')) as Tree,
    ),
  ) as Tree;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').filter((p) => p !== 'count');

const english = leaves(read('en'));
const englishBases = new Map<string, string[]>();
for (const key of english.keys()) englishBases.set(base(key), [...(englishBases.get(base(key)) ?? []), key]);

describe.each(UI_LANGUAGES)('the %s locale', (language) => {
  const strings = leaves(read(language));
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  it('has every key of en.json, with this language’s plural forms', () => {
    const missing: string[] = [];
    for (const [key, variants] of englishBases) {
      const plural = variants.some((v) => PLURAL.test(v));
      if (!plural) {
        if (!strings.has(key)) missing.push(key);
        continue;
      }
      const wanted = new Set([...categories, ...(variants.some((v) => v.endsWith('_zero')) ? ['zero'] : [])]);
      for (const form of wanted) if (!strings.has(`${key}_${form}`)) missing.push(`${key}_${form}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no key that en.json does not have', () => {
    const extra = [...strings.keys()].filter((key) => !englishBases.has(base(key)));
    expect(extra).toEqual([]);
  });

  it('has no empty string', () => {
    expect([...strings].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('keeps the placeholders of the English text', () => {
    const wrong: string[] = [];
    for (const [key, text] of strings) {
      const source = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
      const want = new Set(placeholders(source));
      const have = new Set(placeholders(text));
      if ([...want].some((p) => !have.has(p)) || [...have].some((p) => !want.has(p))) wrong.push(key);
    }
    expect(wrong).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('keys in use', () => {
  const code = sourceFiles(root).map((file) => readFileSync(file, 'utf8')).join('\n');
  // A key is used where it appears as a quoted string (t('a.b'), or a ? 'a.b' : 'a.c' passed to t).
  const quoted = new Set([...code.matchAll(/['"]([\w-]+\.[\w.-]+)['"]/g)].map((m) => m[1] ?? ''));
  const staticKeys = new Set([...code.matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g)].map((m) => m[1] ?? ''));
  const prefixes = [...code.matchAll(/\bt\(\s*`([\w.-]+\.)\$\{/g)].map((m) => m[1] ?? '');
  // The words the code can fill a prefix with: every quoted word in it ('stated', 'diplomacy'…).
  const words = new Set([...code.matchAll(/['"]([\w-]+)['"]/g)].map((m) => m[1] ?? ''));

  it('uses every key of en.json', () => {
    // A key built from a prefix (t(`grounding.${kind}`)) is used when the rest of it is a word the
    // code has: so a key left behind in a namespace that is also built from is still found.
    const built = (key: string) =>
      prefixes.some((prefix) => key.startsWith(prefix) && words.has(key.slice(prefix.length)));
    const unused = [...englishBases.keys()].filter((key) => !quoted.has(key) && !built(key));
    expect(unused).toEqual([]);
  });

  it('only uses keys that en.json has', () => {
    expect([...staticKeys].filter((key) => !englishBases.has(key))).toEqual([]);
  });
});
