// Finds the first repeated key of a YAML mapping in one pass. Written by hand because the yaml library's own check
// (option uniqueKeys) compares each new key with every earlier key of its mapping: quadratic, so the 79,400
// parameters of an `init --shape 784-100-10` file took about 6 minutes to parse; with a Set per mapping, 4 s.
import { isMap, isScalar, visit, type Document } from 'yaml';

/** The yaml library's message for a repeated key, kept so error lines read as before. */
export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';

/**
 * The offset of the first key (in document order) that repeats an earlier key of the same mapping, or undefined.
 * Keys are equal as the library's default check has them: scalars with the same value (1 and '1' differ).
 */
export function firstDuplicateKey(doc: Document): number | undefined {
  let first: number | undefined;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value: unknown = pair.key.value;
        if (seen.has(value)) {
          const at = pair.key.range?.[0] ?? 0;
          if (first === undefined || at < first) first = at;
          break;
        }
        seen.add(value);
      }
      return undefined;
    },
  });
  return first;
}

/** The first of the parser's errors and a repeated key, whichever comes first in the text, as offset and message. */
export function firstYamlError(doc: Document): { offset: number; code: string; message: string } | undefined {
  const error = doc.errors[0];
  const duplicate = firstDuplicateKey(doc);
  if (duplicate !== undefined && (error === undefined || duplicate < error.pos[0])) return { offset: duplicate, code: 'DUPLICATE_KEY', message: DUPLICATE_KEY_MESSAGE };
  return error ? { offset: error.pos[0], code: error.code, message: error.message } : undefined;
}
