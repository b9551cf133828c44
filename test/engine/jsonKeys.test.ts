// repeatedJsonKey (the JSON twin of the YAML repeated-key check) against an oracle: the generated value itself, whose
// objects are written key by key (repeats kept), so which texts repeat a key is known before any scanning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatedJsonKey, scanJson } from '../../src/definition/jsonKeys.js';
import { MAX_NESTING, tooDeepBrackets } from '../../src/definition/nestingDepth.js';

/** Keys that hold what the scanner must step over: quotes, backslashes, brackets, colons, non-ASCII. */
const key = fc.constantFrom('a', 'b', 'w1', '{', ']', 'x"y', 'back\\slash', 'a:b', 'é', '\u2028', ' ');
const leaf = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('str"[{', '\\', null, true));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 3 }), tie('object')),
  object: fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }).map((entries) => entries),
})).node;

/** The text of `entries` as an object, keys in order and repeats kept (JSON.stringify of an object cannot repeat one). */
function write(v: unknown, space: string): string {
  if (!Array.isArray(v) || !v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string')) {
    return Array.isArray(v) ? `[${v.map((x) => write(x, space)).join(`,${space}`)}]` : JSON.stringify(v);
  }
  return `{${v.map(([k, x]) => `${JSON.stringify(k)}${space}:${space}${write(x, space)}`).join(',')}}`;
}

/** Whether some object of the value repeats a key (the value as generated, before any text). */
function repeats(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  const isObject = v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string');
  if (!isObject) return v.some(repeats);
  const keys = v.map(([k]) => k as string);
  return new Set(keys).size < keys.length || v.some(([, x]) => repeats(x));
}

describe('repeatedJsonKey', () => {
  it('finds a repeated key exactly when an object of the text repeats one', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('', ' ', '\n\t'), (v, space) => {
        const text = write(v, space);
        JSON.parse(text); // the scanner is only given valid JSON
        expect(repeatedJsonKey(text) !== undefined).toBe(repeats(v));
      }),
      { numRuns: 300 },
    );
  });

  it('names the key and both places', () => {
    const text = '{"a": {"x\\"]": 1, "b": [{"x\\"]": 2}], "x\\"]" : 3}}';
    expect(repeatedJsonKey(text)).toEqual({ key: 'x"]', first: 7, second: text.lastIndexOf('"x') });
  });

  it('steps over a 10 MB string', () => {
    expect(repeatedJsonKey(`{"a": "${'z\\n'.repeat(3_000_000)}", "a": 1}`)?.key).toBe('a');
  });
});

describe('scanJson', () => {
  it('finds a bracket deeper than the limit exactly where the character scan of nestingDepth.ts does', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: MAX_NESTING - 3 }), (v, pad) => {
        // wrapped so the value's own brackets sit near the limit
        const text = `${'['.repeat(pad)}${write(v, ' ')}${']'.repeat(pad)}`;
        const found = scanJson(text, MAX_NESTING);
        const deep = tooDeepBrackets(text);
        if (deep !== undefined) expect(found === deep || (typeof found === 'object' && found.second < deep)).toBe(true);
        else expect(typeof found).not.toBe('number');
      }),
      { numRuns: 300 },
    );
  });
});
