// The fields a network file may write at a place, read off the zod schema, so a misspelt field gets "did you mean …?".
import { editDistance } from '../util/editDistance.js';

/** The part of a zod schema's internal definition this walk reads (zod 4's `_zod.def`). */
interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  innerType?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
  valueType?: { _zod: { def: ZodDef } };
  options?: { _zod: { def: ZodDef } }[];
  in?: { _zod: { def: ZodDef } };
}

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault', 'nonoptional']);

/** The object schemas a value at `path` may match (several for a union), wrappers stepped through. */
function objectsAt(def: ZodDef, path: readonly (string | number)[]): ZodDef[] {
  let current: ZodDef[] = [def];
  for (const step of [...path, undefined]) {
    const unwrapped: ZodDef[] = [];
    const pending = [...current];
    while (pending.length > 0) {
      const d = pending.pop()!;
      if (WRAPPERS.has(d.type) && d.innerType) pending.push(d.innerType._zod.def);
      else if (d.type === 'pipe' && d.in) pending.push(d.in._zod.def);
      else if (d.type === 'union' && d.options) pending.push(...d.options.map((o) => o._zod.def));
      else unwrapped.push(d);
    }
    if (step === undefined) return unwrapped.filter((d) => d.type === 'object');
    current = unwrapped.flatMap((d) => {
      if (d.type === 'object' && typeof step === 'string' && d.shape?.[step]) return [d.shape[step]._zod.def];
      if (d.type === 'array' && typeof step === 'number' && d.element) return [d.element._zod.def];
      if (d.type === 'record' && d.valueType) return [d.valueType._zod.def];
      return [];
    });
  }
  return [];
}

/** The field names allowed at `path` of a value checked by `schema` (a zod 4 schema); empty when not an object. */
export function fieldsAt(schema: unknown, path: readonly (string | number)[]): string[] {
  const def = (schema as { _zod?: { def?: ZodDef } })._zod?.def;
  if (!def) return [];
  return [...new Set(objectsAt(def, path).flatMap((d) => Object.keys(d.shape ?? {})))].filter((k) => !k.startsWith('$'));
}

/** The allowed name closest to `word` (at most two edits, and fewer than half its letters), or undefined. */
export function closestName(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(word.length / 2));
  for (const name of names) {
    const d = editDistance(word.toLowerCase(), name.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < editDistance(word.toLowerCase(), best.toLowerCase()))) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
