// Names from a user's file are keys: every mapping gets a null prototype (constructor, toString are names like any
// other) and a key __proto__, which JavaScript would take as the prototype, is refused at its position.
import { isPair, isScalar, visit, type Document, type LineCounter } from 'yaml';
import { lineColOf } from './locateJson.js';

/** A copy of the parsed file in which every object has a null prototype; iterative, so depth costs no stack. */
export function withoutPrototypes<T>(data: T): T {
  const root = { value: data as unknown };
  const stack: [Record<string | number, unknown>, string | number][] = [[root as Record<string, unknown>, 'value']];
  while (stack.length) {
    const [holder, key] = stack.pop()!;
    const value = holder[key];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      const copy = [...value];
      holder[key] = copy;
      for (let i = 0; i < copy.length; i++) stack.push([copy as unknown as Record<number, unknown>, i]);
      continue;
    }
    const copy = Object.assign(Object.create(null) as Record<string, unknown>, value);
    holder[key] = copy;
    for (const k of Object.keys(copy)) stack.push([copy, k]);
  }
  return root.value as T;
}

/** The position of the first key `__proto__` in a YAML document (toJS would drop it or set a prototype with it). */
export function protoKeyInYaml(doc: Document, lc: LineCounter): { line: number; col: number } | undefined {
  let at: { line: number; col: number } | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === '__proto__' && pair.key.range) {
        at = lc.linePos(pair.key.range[0]);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
}

/** The position of the first key "__proto__" in JSON text (written plainly or with escapes such as \u005f). */
export function protoKeyInJson(text: string): { line: number; col: number } | undefined {
  const m = /"(?:_|\\u005[fF])[^"]{0,60}"\s*:/g;
  for (let hit = m.exec(text); hit; hit = m.exec(text)) {
    if (parseString(hit[0].replace(/\s*:$/, '')) === '__proto__') return lineColOf(text, hit.index);
  }
  return undefined;
}

function parseString(quoted: string): unknown {
  try {
    return JSON.parse(quoted);
  } catch {
    return undefined; // a match that began at a quote inside a string
  }
}
