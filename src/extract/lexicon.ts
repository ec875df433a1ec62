/** Word lists are written value by value; lookups need them spelling by spelling. */

/**
 * Maps every spelling to its value, where `spellings[i]` lists the spellings of value `first + i`
 * («يناير» and «كانون الثاني» are both month 1).
 */
export function bySpelling(
  spellings: readonly (readonly string[])[],
  first = 1,
): Readonly<Record<string, number>> {
  return Object.fromEntries(
    spellings.flatMap((forms, i) => forms.map((form) => [form, first + i])),
  );
}
