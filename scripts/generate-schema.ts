/**
 * Publishes the bundle format as JSON Schema (public/schema/zaman-bundle-v1.schema.json),
 * generated from the valibot schema the loader uses, so the two cannot drift apart, and
 * compiles it into the loader's first check (src/model/bundleShape.generated.js).
 * Usage: npm run schema  (a test fails when either committed file is out of date)
 */
import { writeFileSync } from 'node:fs';
import { bundleJsonSchema, bundleShapeCode } from './bundleJsonSchema';

const schema = new URL('../public/schema/zaman-bundle-v1.schema.json', import.meta.url);
writeFileSync(schema, `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${schema.pathname}`);

const check = new URL('../src/model/bundleShape.generated.js', import.meta.url);
writeFileSync(check, bundleShapeCode());
console.log(`wrote ${check.pathname}`);
