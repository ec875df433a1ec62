import { toJsonSchema } from '@valibot/to-json-schema';
import { BundleSchema } from '../src/model/schema';

/** The JSON Schema of bundle format v1. Checks that only code can do (v.check) are described in docs/bundle-format.md. */
export function bundleJsonSchema(): object {
  const schema = toJsonSchema(BundleSchema, { errorMode: 'ignore' });
  return {
    ...schema,
    $id: 'https://zaman.example/schema/zaman-bundle-v1.schema.json',
    title: 'Zaman article bundle, version 1',
    description:
      'One Arabic news article: its sentences, translations, the events it refers to with dates, how each date is known and the exact words that mention it. Rules beyond shape (ids that must exist, phrases that must occur, date arithmetic) are listed in docs/bundle-format.md and enforced by the loader.',
  };
}
