// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchema, bundleShapeCode } from './bundleJsonSchema';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8'));
const published = read('public/schema/zaman-bundle-v1.schema.json') as object;

describe('the published JSON Schema', () => {
  it('is the one generated from the loader’s schema (run npm run schema after changing it)', () => {
    expect(published).toEqual(bundleJsonSchema());
  });

  it('is compiled into the loader’s first check as it is now (run npm run schema)', () => {
    expect(readFileSync(resolve(process.cwd(), 'src/model/bundleShape.generated.js'), 'utf8')).toBe(
      bundleShapeCode(),
    );
  });

  it('accepts the seed bundle and the test fixture', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(published);
    for (const path of ['src/data/seed.bundle.json', 'e2e/fixtures/short-article.bundle.json']) {
      expect(validate(read(path)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('refuses a bundle with an unknown field', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(published);
    const bundle = { ...(read('e2e/fixtures/short-article.bundle.json') as object), evidance: [] };
    expect(validate(bundle)).toBe(false);
  });
});
