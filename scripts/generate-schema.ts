/**
 * Publishes the bundle format as JSON Schema (public/schema/zaman-bundle-v1.schema.json),
 * generated from the valibot schema the loader uses, so the two cannot drift apart.
 * Usage: npm run schema  (a test fails when the committed file is out of date)
 */
import { writeFileSync } from 'node:fs';
import { bundleJsonSchema } from './bundleJsonSchema';

const path = new URL('../public/schema/zaman-bundle-v1.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
