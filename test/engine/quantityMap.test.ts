// QuantityMap (derive/quantityMap.ts) against a plain Map as the oracle: any sequence of appends, lookups and changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/derive/quantity.js';
import { QuantityMap } from '../../src/derive/quantityMap.js';

const q = (id: string, value: number): Quantity => ({ id, kind: 'value', value });
const id = fc.constantFrom('v$a', 'v$b', 'g$a', 'pd$a$b', 'eta');
const step = fc.oneof(
  fc.record({ op: fc.constant('append' as const), id, value: fc.integer() }),
  fc.record({ op: fc.constantFrom('get' as const, 'has' as const, 'delete' as const), id }),
  fc.record({ op: fc.constant('set' as const), id, value: fc.integer() }),
);

describe('QuantityMap', () => {
  it('answers every lookup, size and iteration as a Map given the same quantities', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const ours = new QuantityMap();
        const oracle = new Map<string, Quantity>();
        for (const s of steps) {
          if (s.op === 'append') {
            if (oracle.has(s.id)) continue; // append is for new ids only
            ours.append(q(s.id, s.value));
            oracle.set(s.id, q(s.id, s.value));
          } else if (s.op === 'set') {
            ours.set(s.id, q(s.id, s.value));
            oracle.set(s.id, q(s.id, s.value));
          } else expect(ours[s.op](s.id)).toEqual(oracle[s.op](s.id));
          expect(ours.size).toBe(oracle.size);
        }
        expect([...ours]).toEqual([...oracle]);
        expect([...ours.keys()]).toEqual([...oracle.keys()]);
        expect([...ours.values()]).toEqual([...oracle.values()]);
        expect(new Map(ours)).toEqual(oracle);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an id appended twice when it is first looked up', () => {
    const m = new QuantityMap();
    m.append(q('v$a', 1));
    m.append(q('v$a', 2));
    expect(() => m.get('v$a')).toThrow(/added twice/);
  });
});
